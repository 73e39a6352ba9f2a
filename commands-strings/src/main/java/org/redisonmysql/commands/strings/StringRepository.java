package org.redisonmysql.commands.strings;

import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.redisonmysql.commands.strings.StringRows.STRING;
import static org.redisonmysql.db.Tables.REDIS_KEY;

/** Reads of string values, which live in the key row itself: each one indexed statement. */
public final class StringRepository {

    /** The string value, null when the key does not exist; WRONGTYPE for another type. One indexed read. */
    public byte[] get(KeyScope scope, byte[] key) {
        Record2<Byte, byte[]> row = scope.dsl().select(REDIS_KEY.TYPE, REDIS_KEY.STR_VALUE).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        if (row == null) {
            return null;
        }
        if (row.value1() != STRING) {
            throw Errors.wrongType();
        }
        return row.value2();
    }

    /** The values of the keys, in order; null for a missing key or one of another type (MGET). */
    public List<byte[]> mget(KeyScope scope, List<byte[]> keys) {
        List<byte[]> values = getAll(scope, keys);
        values.replaceAll(v -> v == WRONG_TYPE ? null : v);
        return values;
    }

    /**
     * Several GETs in one indexed read (a pipeline's consecutive GETs): per key, in order, the
     * value, null when the key is missing, or {@link #WRONG_TYPE} when it holds another type.
     */
    public List<byte[]> getAll(KeyScope scope, List<byte[]> keys) {
        List<byte[]> hashes = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            hashes.add(KeyHash.of(key));
        }
        Map<ByteBuffer, byte[]> found = new HashMap<>();
        for (Record3<byte[], Byte, byte[]> r : scope.dsl()
                .select(REDIS_KEY.KEY_HASH, REDIS_KEY.TYPE, REDIS_KEY.STR_VALUE).from(REDIS_KEY)
                .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.KEY_HASH.in(distinct(hashes)))
                .and(KeyspaceRepository.live(scope))
                .fetch()) {
            found.put(ByteBuffer.wrap(r.value1()), r.value2() == STRING ? r.value3() : WRONG_TYPE);
        }
        List<byte[]> values = new ArrayList<>(keys.size());
        for (byte[] hash : hashes) {
            values.add(found.get(ByteBuffer.wrap(hash)));
        }
        return values;
    }

    /** Marks a key of another type in {@link #getAll}'s result (compared by identity). */
    public static final byte[] WRONG_TYPE = new byte[0];

    private static List<byte[]> distinct(List<byte[]> hashes) {
        Map<ByteBuffer, byte[]> unique = new java.util.LinkedHashMap<>();
        for (byte[] h : hashes) {
            unique.putIfAbsent(ByteBuffer.wrap(h), h);
        }
        return new ArrayList<>(unique.values());
    }

    /** STRLEN: the value's length, 0 when missing; WRONGTYPE for another type. */
    public long strlen(KeyScope scope, byte[] key) {
        Record2<Byte, Long> row = scope.dsl()
                .select(REDIS_KEY.TYPE, BinarySql.length(REDIS_KEY.STR_VALUE)).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        if (row == null) {
            return 0;
        }
        if (row.value1() != STRING) {
            throw Errors.wrongType();
        }
        return row.value2();
    }

    /**
     * GETRANGE with Redis's index rules, computed in SQL so that only the requested bytes leave the
     * database. {@code start} and {@code end} are already clamped to +-2^40 (beyond any value length).
     * Null when the key is missing.
     */
    public byte[] getRange(KeyScope scope, byte[] key, long start, long end) {
        Field<Long> len = BinarySql.length(REDIS_KEY.STR_VALUE);
        Field<Long> s = DSL.greatest(start < 0 ? len.plus(start) : DSL.val(start), DSL.inline(0L));
        Field<Long> e = DSL.least(DSL.greatest(end < 0 ? len.plus(end) : DSL.val(end), DSL.inline(0L)), len.minus(1));
        Field<byte[]> range = DSL.when(s.gt(e).or(len.eq(0L)), DSL.inline(new byte[0]))
                .else_(BinarySql.substring(REDIS_KEY.STR_VALUE, s.plus(1), e.minus(s).plus(1)));
        Record2<Byte, byte[]> row = scope.dsl().select(REDIS_KEY.TYPE, range).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        if (row == null) {
            return null;
        }
        if (row.value1() != STRING) {
            throw Errors.wrongType();
        }
        return row.value2();
    }

    /**
     * The values of two keys in one read, a missing key as the empty string; {@code notStringError}
     * when either is a live key of another type (LCS).
     */
    public List<byte[]> stringsOrEmpty(KeyScope scope, byte[] first, byte[] second, String notStringError) {
        byte[] h1 = KeyHash.of(first);
        byte[] h2 = KeyHash.of(second);
        byte[] v1 = new byte[0];
        byte[] v2 = new byte[0];
        for (Record3<byte[], Byte, byte[]> r : scope.dsl()
                .select(REDIS_KEY.KEY_HASH, REDIS_KEY.TYPE, REDIS_KEY.STR_VALUE).from(REDIS_KEY)
                .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.KEY_HASH.in(h1, h2))
                .and(KeyspaceRepository.live(scope))
                .fetch()) {
            if (r.value2() != STRING) {
                throw Errors.of(notStringError);
            }
            if (java.util.Arrays.equals(r.value1(), h1)) {
                v1 = r.value3();
            }
            if (java.util.Arrays.equals(r.value1(), h2)) {
                v2 = r.value3();
            }
        }
        return List.of(v1, v2);
    }
}
