package org.redisonmysql.core.keyspace;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Record1;
import org.jooq.Record2;
import org.redisonmysql.core.util.GlobPattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * Statements on the key table that every family shares: liveness, type, deletion, enumeration.
 * An expired row is absent to every method here, whatever the cleanup job has done yet.
 */
public final class KeyspaceRepository {

    /** Rows of this tenant and database. */
    public static Condition inScope(KeyScope scope) {
        return REDIS_KEY.TENANT.eq(scope.tenant()).and(REDIS_KEY.DB.eq(scope.db()));
    }

    /** Rows not expired at the scope's time. */
    public static Condition live(KeyScope scope) {
        return REDIS_KEY.EXPIRES_AT.isNull().or(REDIS_KEY.EXPIRES_AT.gt(scope.now()));
    }

    /** The row of exactly this key. */
    public static Condition isKey(KeyScope scope, byte[] key) {
        return inScope(scope).and(REDIS_KEY.KEY_HASH.eq(KeyHash.of(key)));
    }

    /** The live key's type, or null when it does not exist. */
    public KeyType type(KeyScope scope, byte[] key) {
        Byte code = scope.dsl().select(REDIS_KEY.TYPE).from(REDIS_KEY)
                .where(isKey(scope, key)).and(live(scope))
                .fetchOne(REDIS_KEY.TYPE);
        return code == null ? null : KeyType.ofCode(code);
    }

    /** How many of the given keys exist, counting a key named twice twice (as EXISTS does). */
    public long countExisting(KeyScope scope, List<byte[]> keys) {
        List<byte[]> hashes = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            hashes.add(KeyHash.of(key));
        }
        Set<HashKey> found = new HashSet<>();
        for (Record1<byte[]> r : scope.dsl().select(REDIS_KEY.KEY_HASH).from(REDIS_KEY)
                .where(inScope(scope)).and(REDIS_KEY.KEY_HASH.in(hashes)).and(live(scope))
                .fetch()) {
            found.add(new HashKey(r.value1()));
        }
        long count = 0;
        for (byte[] hash : hashes) {
            if (found.contains(new HashKey(hash))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Deletes the given keys; returns how many live keys were removed. Expired rows among them are
     * left to the cleanup job (they are absent anyway), so this stays one statement.
     */
    public int delete(KeyScope scope, Collection<byte[]> keys) {
        Set<HashKey> distinct = new HashSet<>();
        List<byte[]> hashes = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            byte[] hash = KeyHash.of(key);
            if (distinct.add(new HashKey(hash))) {
                hashes.add(hash);
            }
        }
        return scope.dsl().deleteFrom(REDIS_KEY)
                .where(inScope(scope)).and(REDIS_KEY.KEY_HASH.in(hashes)).and(live(scope))
                .execute();
    }

    /** Every live key of the scope matching the glob pattern, in storage (id) order. */
    public List<byte[]> keys(KeyScope scope, GlobPattern pattern) {
        List<byte[]> result = new ArrayList<>();
        try (Cursor<Record1<byte[]>> cursor = scope.dsl().select(REDIS_KEY.KEY_BYTES).from(REDIS_KEY)
                .where(inScope(scope)).and(live(scope))
                .orderBy(REDIS_KEY.ID)
                .fetchSize(1000)
                .fetchLazy()) {
            for (Record1<byte[]> r : cursor) {
                if (pattern.matches(r.value1())) {
                    result.add(r.value1());
                }
            }
        }
        return result;
    }

    /** Number of live keys in the scope. */
    public long count(KeyScope scope) {
        return scope.dsl().selectCount().from(REDIS_KEY)
                .where(inScope(scope)).and(live(scope))
                .fetchOne(0, Long.class);
    }

    /** Live keys per logical database, for INFO keyspace: db -> (keys, keys with an expiry). */
    public List<Record2<Integer, Integer>> countPerDb(KeyScope scope) {
        return scope.dsl().select(REDIS_KEY.DB, org.jooq.impl.DSL.count()).from(REDIS_KEY)
                .where(REDIS_KEY.TENANT.eq(scope.tenant())).and(live(scope))
                .groupBy(REDIS_KEY.DB)
                .orderBy(REDIS_KEY.DB)
                .fetch();
    }

    /** Removes every key of the scope's database (FLUSHDB); child rows go with them (cascade). */
    public int flushDb(KeyScope scope) {
        return scope.dsl().deleteFrom(REDIS_KEY).where(inScope(scope)).execute();
    }

    /** Removes every key of the tenant in every database (FLUSHALL). */
    public int flushAll(KeyScope scope) {
        return scope.dsl().deleteFrom(REDIS_KEY).where(REDIS_KEY.TENANT.eq(scope.tenant())).execute();
    }

    /** Byte-array identity for hash sets. */
    private record HashKey(byte[] hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HashKey other && java.util.Arrays.equals(hash, other.hash);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(hash);
        }
    }
}
