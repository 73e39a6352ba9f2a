package org.redisonmysql.commands.strings;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.util.RedisLongDouble;
import org.redisonmysql.core.util.RedisNumbers;

import java.math.BigInteger;

import static org.redisonmysql.commands.strings.StringRows.STRING;
import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * INCR and friends. Common case: one upsert computing the new value in SQL, atomic across server
 * instances because the row lock lasts only that statement; the result comes back through the
 * session's LAST_INSERT_ID. The statement refuses (NOT NULL violation on {@code type}) whatever SQL
 * cannot decide exactly: another type, an expired row of another type, and a value that is not a
 * canonical integer of at most 18 digits (so that no SQL arithmetic can overflow). Then the locked
 * path reads the row and applies Redis's own rules.
 */
public final class StringCounterRepository {
    /** Increments SQL takes: |delta| <= 10^18, with |value| < 10^18 never overflows a BIGINT. */
    private static final long SQL_SAFE = 1_000_000_000_000_000_000L;

    public long incrBy(KeyScope scope, byte[] key, long delta) {
        if (delta >= -SQL_SAFE && delta <= SQL_SAFE) {
            try {
                return incrInSql(scope, key, delta);
            } catch (DataAccessException e) {
                if (!StringRows.isTypeMismatch(e)) {
                    throw e;
                }
            }
        }
        return incrLocked(scope, key, delta);
    }

    private long incrInSql(KeyScope scope, byte[] key, long delta) {
        Condition live = KeyspaceRepository.live(scope);
        Condition valid = canonicalSmallInteger(REDIS_KEY.STR_VALUE);
        // Guarded by the same test as the type assignment: CAST never sees text that is not a number.
        Field<Long> result = DSL.when(live.and(valid), BinarySql.parseLong(REDIS_KEY.STR_VALUE).plus(delta))
                .else_(DSL.val(delta));
        int rows = scope.dsl().insertInto(REDIS_KEY)
                .set(REDIS_KEY.TENANT, scope.tenant())
                .set(REDIS_KEY.DB, scope.db())
                .set(REDIS_KEY.KEY_HASH, KeyHash.of(key))
                .set(REDIS_KEY.KEY_BYTES, key)
                .set(REDIS_KEY.TYPE, STRING)
                .set(REDIS_KEY.VERSION, 1L)
                .set(REDIS_KEY.STR_VALUE, RedisNumbers.toBytes(delta))
                .onDuplicateKeyUpdate()
                .set(REDIS_KEY.TYPE, StringRows.keepOnlyLiveString(scope, valid))
                // Before the value changes: remembers the result for the reply (LAST_INSERT_ID is never null).
                .set(REDIS_KEY.VERSION, DSL.when(BinarySql.rememberResult(result).isNull(), DSL.inline(0L))
                        .else_(REDIS_KEY.VERSION.plus(1)))
                .set(REDIS_KEY.STR_VALUE, BinarySql.decimalText(result))
                .set(REDIS_KEY.EXPIRES_AT, DSL.when(live, REDIS_KEY.EXPIRES_AT).else_(DSL.castNull(REDIS_KEY.EXPIRES_AT.getDataType())))
                .execute();
        if (rows == 1) {
            return delta; // a new key
        }
        BigInteger remembered = scope.dsl().select(BinarySql.rememberedResult()).fetchOne(0, BigInteger.class);
        return remembered.longValue(); // LAST_INSERT_ID is unsigned: two's complement back
    }

    /** The row lock, then Redis's exact parsing and overflow rules in Java. */
    private long incrLocked(KeyScope scope, byte[] key, long delta) {
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, true);
            byte[] current = row == null ? null : row.stringOrNull();
            long value = 0;
            if (current != null) {
                Long parsed = RedisNumbers.parseLongOrNull(current);
                if (parsed == null) {
                    throw Errors.notInteger();
                }
                value = parsed;
            }
            if ((delta < 0 && value < 0 && delta < Long.MIN_VALUE - value)
                    || (delta > 0 && value > 0 && delta > Long.MAX_VALUE - value)) {
                throw Errors.of(Errors.OVERFLOW);
            }
            long next = value + delta;
            StringRows.write(tx, key, row, RedisNumbers.toBytes(next), current != null ? row.expiresAt() : null);
            return next;
        });
    }

    /**
     * The value is what Redis's string2ll accepts and has at most 18 digits: "0", or an optional
     * '-', a digit 1-9, then digits. Without REGEXP (MySQL 8 cannot run it on binary strings).
     */
    static Condition canonicalSmallInteger(Field<byte[]> v) {
        Field<Long> len = BinarySql.length(v);
        Field<byte[]> first = BinarySql.substring(v, DSL.inline(1L), DSL.inline(1L));
        Field<byte[]> second = BinarySql.substring(v, DSL.inline(2L), DSL.inline(1L));
        Field<byte[]> rest = v;
        for (char c = '0'; c <= '9'; c++) {
            rest = DSL.function("replace", REDIS_KEY.STR_VALUE.getDataType(), rest, DSL.inline(new byte[] {(byte) c}),
                    DSL.inline(new byte[0]));
        }
        Condition digitsOnly = DSL.function("replace", REDIS_KEY.STR_VALUE.getDataType(), rest,
                DSL.inline(new byte[] {'-'}), DSL.inline(new byte[0])).eq(DSL.inline(new byte[0]));
        Condition shape = v.eq(DSL.inline(new byte[] {'0'}))
                .or(first.between(DSL.inline(new byte[] {'1'}), DSL.inline(new byte[] {'9'})).and(len.le(18L))
                        .and(BinarySql.locate(DSL.inline(new byte[] {'-'}), v).eq(0L)))
                .or(first.eq(DSL.inline(new byte[] {'-'})).and(second.between(DSL.inline(new byte[] {'1'}), DSL.inline(new byte[] {'9'})))
                        .and(len.le(19L)).and(BinarySql.locate(DSL.inline(new byte[] {'-'}), v, 2L).eq(0L)));
        // Length first: the REPLACE chain only ever runs on short values.
        return DSL.condition(DSL.when(len.between(1L, 19L), DSL.field(shape.and(digitsOnly))).else_(DSL.inline(false)));
    }

    /** INCRBYFLOAT: Redis's long-double arithmetic and formatting, under the row lock; keeps the TTL. */
    public byte[] incrByFloat(KeyScope scope, byte[] key, byte[] increment) {
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, true);
            byte[] current = row == null ? null : row.stringOrNull();
            byte[] next = RedisLongDouble.incrByFloat(current, increment);
            StringRows.write(tx, key, row, next, current != null ? row.expiresAt() : null);
            return next;
        });
    }
}
