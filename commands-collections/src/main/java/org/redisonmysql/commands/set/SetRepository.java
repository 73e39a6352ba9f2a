package org.redisonmysql.commands.set;

import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.db.tables.records.RedisSetMemberRecord;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.redisonmysql.db.Tables.REDIS_KEY;
import static org.redisonmysql.db.Tables.REDIS_SET_MEMBER;

/**
 * Statements on set members. Reads are one statement each (the key row LEFT JOIN its members);
 * writes run under the key row's lock ({@link org.redisonmysql.core.keyspace.CollectionKeyRows}).
 */
public final class SetRepository {
    private static final byte SET = KeyType.SET.code();

    /** Rows (member_hash, member) of the key matching the filter, in member-hash order; null when no such key. */
    List<Record> members(KeyScope scope, byte[] key, org.jooq.Condition filter, int limit) {
        var query = scope.dsl().select(REDIS_KEY.TYPE, REDIS_SET_MEMBER.MEMBER_HASH, REDIS_SET_MEMBER.MEMBER_BYTES)
                .from(REDIS_KEY)
                .leftJoin(REDIS_SET_MEMBER).on(REDIS_SET_MEMBER.KEY_ID.eq(REDIS_KEY.ID).and(filter))
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .orderBy(REDIS_SET_MEMBER.MEMBER_HASH);
        Result<? extends Record> rows = limit > 0 ? query.limit(limit).fetch() : query.fetch();
        if (rows.isEmpty()) {
            return null;
        }
        if (rows.get(0).get(REDIS_KEY.TYPE) != SET) {
            throw Errors.wrongType();
        }
        List<Record> out = new ArrayList<>();
        for (Record r : rows) {
            if (r.get(REDIS_SET_MEMBER.MEMBER_HASH) != null) {
                out.add(r);
            }
        }
        return out;
    }

    List<Record> all(KeyScope scope, byte[] key) {
        return members(scope, key, DSL.noCondition(), 0);
    }

    /** Which of the given members are in the set (SISMEMBER, SMISMEMBER); null when no such key. */
    java.util.Set<ByteBuffer> present(KeyScope scope, byte[] key, List<byte[]> members) {
        List<byte[]> hashes = new ArrayList<>(members.size());
        for (byte[] m : members) {
            hashes.add(KeyHash.of(m));
        }
        List<Record> rows = members(scope, key, REDIS_SET_MEMBER.MEMBER_HASH.in(hashes), 0);
        if (rows == null) {
            return null;
        }
        java.util.Set<ByteBuffer> out = new java.util.HashSet<>();
        for (Record r : rows) {
            out.add(ByteBuffer.wrap(r.get(REDIS_SET_MEMBER.MEMBER_BYTES)));
        }
        return out;
    }

    /** SCARD: the key row's member count (one primary-key read); null when no such key. */
    Long cardinality(KeyScope scope, byte[] key) {
        return org.redisonmysql.core.keyspace.CollectionKeyRows.cardinality(scope, key, KeyType.SET);
    }

    /**
     * The members of several keys in one statement (SINTER, SUNION, SDIFF and their STORE forms):
     * key hash -> members, absent for a missing key; WRONGTYPE if any key has another type.
     */
    Map<ByteBuffer, LinkedHashSet<ByteBuffer>> many(KeyScope scope, List<byte[]> keys) {
        List<byte[]> keyHashes = new ArrayList<>();
        for (byte[] k : keys) {
            keyHashes.add(KeyHash.of(k));
        }
        Map<ByteBuffer, LinkedHashSet<ByteBuffer>> out = new HashMap<>();
        for (Record3<byte[], Byte, byte[]> r : scope.dsl()
                .select(REDIS_KEY.KEY_HASH, REDIS_KEY.TYPE, REDIS_SET_MEMBER.MEMBER_BYTES)
                .from(REDIS_KEY)
                .leftJoin(REDIS_SET_MEMBER).on(REDIS_SET_MEMBER.KEY_ID.eq(REDIS_KEY.ID))
                .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.KEY_HASH.in(keyHashes))
                .and(KeyspaceRepository.live(scope))
                .fetch()) {
            if (r.value2() != SET) {
                throw Errors.wrongType();
            }
            LinkedHashSet<ByteBuffer> members = out.computeIfAbsent(ByteBuffer.wrap(r.value1()), k -> new LinkedHashSet<>());
            if (r.value3() != null) {
                members.add(ByteBuffer.wrap(r.value3()));
            }
        }
        return out;
    }

    // ---- writes, under the key row's lock ----

    /** Adds members; returns how many were new. Duplicates among them are ignored by the key. */
    int add(KeyScope scope, long keyId, Collection<byte[]> members) {
        int added = 0;
        List<byte[]> chunk = new ArrayList<>();
        for (byte[] m : members) {
            chunk.add(m);
            if (chunk.size() == CHUNK) {
                added += insertIgnore(scope, keyId, chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            added += insertIgnore(scope, keyId, chunk);
        }
        return added;
    }

    /** Members per multi-row INSERT: keeps one statement well under max_allowed_packet for typical members. */
    private static final int CHUNK = 1000;

    private int insertIgnore(KeyScope scope, long keyId, List<byte[]> members) {
        InsertValuesStep3<RedisSetMemberRecord, Long, byte[], byte[]> insert = scope.dsl()
                .insertInto(REDIS_SET_MEMBER, REDIS_SET_MEMBER.KEY_ID, REDIS_SET_MEMBER.MEMBER_HASH,
                        REDIS_SET_MEMBER.MEMBER_BYTES);
        for (byte[] m : members) {
            insert = insert.values(keyId, KeyHash.of(m), m);
        }
        return insert.onDuplicateKeyIgnore().execute();
    }

    /** Removes members; returns how many were there. */
    int remove(KeyScope scope, long keyId, Collection<byte[]> memberHashes) {
        return scope.dsl().deleteFrom(REDIS_SET_MEMBER)
                .where(REDIS_SET_MEMBER.KEY_ID.eq(keyId)).and(REDIS_SET_MEMBER.MEMBER_HASH.in(memberHashes))
                .execute();
    }

    /** Up to {@code limit} members from {@code start} (hash order) of a locked set. */
    List<byte[]> from(KeyScope scope, long keyId, byte[] start, int limit) {
        return scope.dsl().select(REDIS_SET_MEMBER.MEMBER_BYTES).from(REDIS_SET_MEMBER)
                .where(REDIS_SET_MEMBER.KEY_ID.eq(keyId)).and(REDIS_SET_MEMBER.MEMBER_HASH.ge(start))
                .orderBy(REDIS_SET_MEMBER.MEMBER_HASH)
                .limit(limit)
                .fetch(REDIS_SET_MEMBER.MEMBER_BYTES);
    }

    /** Every member of a locked set. */
    List<byte[]> allOf(KeyScope scope, long keyId) {
        return scope.dsl().select(REDIS_SET_MEMBER.MEMBER_BYTES).from(REDIS_SET_MEMBER)
                .where(REDIS_SET_MEMBER.KEY_ID.eq(keyId))
                .fetch(REDIS_SET_MEMBER.MEMBER_BYTES);
    }
}
