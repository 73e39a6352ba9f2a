package org.redisonmysql.core.keyspace;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.redisonmysql.core.util.GlobPattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
        return scope.dsl().deleteFrom(REDIS_KEY).where(inScope(scope)).and(WatchMarker.isMarker().not()).execute();
    }

    /** Removes every key of the tenant in every database (FLUSHALL). */
    public int flushAll(KeyScope scope) {
        return scope.dsl().deleteFrom(REDIS_KEY).where(REDIS_KEY.TENANT.eq(scope.tenant()))
                .and(WatchMarker.isMarker().not()).execute();
    }

    // ---- generic key commands -------------------------------------------------------------

    /** The live key's row, or null; {@code forUpdate} locks it for the rest of the transaction. */
    public KeyRow lookup(KeyScope scope, byte[] key, boolean forUpdate) {
        SelectConditionStep<Record3<Long, Byte, Long>> select = scope.dsl()
                .select(REDIS_KEY.ID, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT).from(REDIS_KEY)
                .where(isKey(scope, key)).and(live(scope));
        Record3<Long, Byte, Long> r = forUpdate ? select.forUpdate().fetchOne() : select.fetchOne();
        return r == null ? null : new KeyRow(r.value1(), KeyType.ofCode(r.value2()), r.value3());
    }

    /**
     * Sets a live key's expiry (EXPIRE and friends) if the NX / XX / GT / LT conditions hold, in one
     * statement; a time not after the scope's now deletes the key instead. Returns 1 when done, 0
     * when the key is absent or a condition failed. The version bump makes the row always change,
     * so an unchanged expiry still counts as updated.
     */
    public int expire(KeyScope scope, byte[] key, long when, boolean nx, boolean xx, boolean gt, boolean lt) {
        Condition c = isKey(scope, key).and(live(scope));
        if (nx) {
            c = c.and(REDIS_KEY.EXPIRES_AT.isNull());
        }
        if (xx || gt) { // GT fails on a key without expiry, as XX does
            c = c.and(REDIS_KEY.EXPIRES_AT.isNotNull());
        }
        if (gt) {
            c = c.and(REDIS_KEY.EXPIRES_AT.lt(when));
        }
        if (lt) {
            c = c.and(REDIS_KEY.EXPIRES_AT.isNull().or(REDIS_KEY.EXPIRES_AT.gt(when)));
        }
        if (when <= scope.now()) {
            return scope.dsl().deleteFrom(REDIS_KEY).where(c).execute();
        }
        return scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.EXPIRES_AT, when)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(c)
                .execute();
    }

    /** PERSIST: removes a live key's expiry; 1 when it had one. */
    public int persist(KeyScope scope, byte[] key) {
        return scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.EXPIRES_AT, (Long) null)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(isKey(scope, key)).and(live(scope)).and(REDIS_KEY.EXPIRES_AT.isNotNull())
                .execute();
    }

    /**
     * Removes the key's row whatever its state (an expired leftover, or a live key being replaced);
     * child rows go with it by cascade.
     */
    public int deleteRow(KeyScope scope, byte[] key) {
        return scope.dsl().deleteFrom(REDIS_KEY).where(isKey(scope, key)).execute();
    }

    /**
     * Gives key row {@code id} another name and database in place (RENAME, MOVE): the id stays, so
     * the value, the expiry and any child rows follow without being copied. The target's row must
     * be gone already.
     */
    public void relocate(KeyScope target, long id, byte[] newKey) {
        target.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.DB, target.db())
                .set(REDIS_KEY.KEY_HASH, KeyHash.of(newKey))
                .set(REDIS_KEY.KEY_BYTES, newKey)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(REDIS_KEY.ID.eq(id)).and(REDIS_KEY.TENANT.eq(target.tenant()))
                .execute();
    }

    /**
     * Copies key row {@code sourceId} (type, expiry, string value, member count) to a new row named {@code newKey}
     * in the target scope, in one INSERT ... SELECT; returns the new row's id. Child rows of
     * collections are the caller's business ({@link KeyTypeHooks#copyChildren}). Null when the name
     * was taken meanwhile (a concurrent creator committed it after the caller's delete found nothing).
     */
    public Long copyRow(KeyScope target, long sourceId, byte[] newKey) {
        byte[] hash = KeyHash.of(newKey);
        int inserted = target.dsl().insertInto(REDIS_KEY, REDIS_KEY.TENANT, REDIS_KEY.DB, REDIS_KEY.KEY_HASH, REDIS_KEY.KEY_BYTES,
                        REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.VERSION, REDIS_KEY.STR_VALUE, REDIS_KEY.CARD)
                .select(DSL.select(DSL.val(target.tenant()), DSL.val(target.db()), DSL.val(hash), DSL.val(newKey),
                                REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, DSL.val(1L), REDIS_KEY.STR_VALUE, REDIS_KEY.CARD)
                        .from(REDIS_KEY).where(REDIS_KEY.ID.eq(sourceId)))
                .onDuplicateKeyIgnore()
                .execute();
        if (inserted == 0) {
            return null;
        }
        return target.dsl().select(REDIS_KEY.ID).from(REDIS_KEY)
                .where(inScope(target)).and(REDIS_KEY.KEY_HASH.eq(hash))
                .fetchOne(REDIS_KEY.ID);
    }

    /**
     * SWAPDB for one tenant: three updates through a parking database number no client can
     * select ({@code -1 - a}), since the primary key is checked row by row and a single swapping
     * UPDATE would collide on keys present in both databases.
     */
    public void swapDb(KeyScope scope, int a, int b) {
        int parking = -1 - a;
        moveAll(scope, a, parking);
        moveAll(scope, b, a);
        moveAll(scope, parking, b);
    }

    private void moveAll(KeyScope scope, int from, int to) {
        scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.DB, to)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(REDIS_KEY.TENANT.eq(scope.tenant())).and(REDIS_KEY.DB.eq(from))
                .execute();
    }

    /**
     * One SCAN step: up to {@code count} live rows with an id above {@code cursor}, in id order
     * (index ix_redis_key_scan). Rows created during an iteration may or may not be seen, as in Redis.
     */
    public ScanPage scan(KeyScope scope, long cursor, int count) {
        Result<Record3<Long, byte[], Byte>> rows = scope.dsl()
                .select(REDIS_KEY.ID, REDIS_KEY.KEY_BYTES, REDIS_KEY.TYPE).from(REDIS_KEY)
                .where(inScope(scope)).and(REDIS_KEY.ID.gt(cursor)).and(live(scope))
                .orderBy(REDIS_KEY.ID)
                .limit(count)
                .fetch();
        List<ScanPage.Entry> entries = new ArrayList<>(rows.size());
        long last = 0;
        for (Record3<Long, byte[], Byte> r : rows) {
            entries.add(new ScanPage.Entry(r.value2(), KeyType.ofCode(r.value3())));
            last = r.value1();
        }
        return new ScanPage(rows.size() < count ? 0 : last, entries);
    }

    /**
     * A random live key, or null when there is none: a random point in the scope's id range, then
     * the first live key at or after it, wrapping to the start. Not uniform where ids have gaps
     * (Redis's RANDOMKEY is not uniform either).
     */
    public byte[] randomKey(KeyScope scope) {
        Record2<Long, Long> range = scope.dsl().select(DSL.min(REDIS_KEY.ID), DSL.max(REDIS_KEY.ID)).from(REDIS_KEY)
                .where(inScope(scope))
                .fetchOne();
        if (range == null || range.value1() == null) {
            return null;
        }
        long pivot = ThreadLocalRandom.current().nextLong(range.value1(), range.value2() + 1);
        byte[] key = firstLiveFrom(scope, pivot);
        return key != null || pivot == range.value1() ? key : firstLiveFrom(scope, range.value1());
    }

    private byte[] firstLiveFrom(KeyScope scope, long fromId) {
        return scope.dsl().select(REDIS_KEY.KEY_BYTES).from(REDIS_KEY)
                .where(inScope(scope)).and(REDIS_KEY.ID.ge(fromId)).and(live(scope))
                .orderBy(REDIS_KEY.ID)
                .limit(1)
                .fetchOne(REDIS_KEY.KEY_BYTES);
    }

    /**
     * What OBJECT ENCODING needs of a live key: its row, the string value's byte length and, for
     * strings short enough to be integers, the value itself; null when the key does not exist.
     */
    public StringShape stringShape(KeyScope scope, byte[] key) {
        // OCTET_LENGTH over the blob (coerced only for jOOQ's Java typing; the SQL is unchanged).
        org.jooq.Field<Integer> length = DSL.octetLength(REDIS_KEY.STR_VALUE.coerce(String.class));
        Record4<Long, Byte, Integer, byte[]> r = scope.dsl()
                .select(REDIS_KEY.ID, REDIS_KEY.TYPE, length, DSL.when(length.le(20), REDIS_KEY.STR_VALUE))
                .from(REDIS_KEY)
                .where(isKey(scope, key)).and(live(scope))
                .fetchOne();
        if (r == null) {
            return null;
        }
        return new StringShape(r.value1(), KeyType.ofCode(r.value2()), r.value3() == null ? 0 : r.value3(), r.value4());
    }

    /** See {@link #stringShape}. {@code shortValue} is null unless the value has at most 20 bytes. */
    public record StringShape(long id, KeyType type, long length, byte[] shortValue) {
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
