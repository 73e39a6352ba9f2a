package org.redisonmysql.commands.strings;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.util.RedisStrings;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Function;

import static org.redisonmysql.commands.strings.StringRows.STRING;
import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * APPEND and SETRANGE: one upsert that edits the value in SQL (the value never travels back to
 * the server) and remembers the new length in LAST_INSERT_ID. Another type, or an expired row of
 * another type, takes the locked path.
 */
public final class StringEditRepository {

    /** APPEND: the new length. The suffix travels once (VALUES() reuses the inserted value). */
    public long append(KeyScope scope, byte[] key, byte[] suffix) {
        Field<byte[]> inserted = DSL.excluded(REDIS_KEY.STR_VALUE);
        return edit(scope, key, suffix.length, DSL.val(suffix), inserted,
                BinarySql.length(REDIS_KEY.STR_VALUE).plus((long) suffix.length).le(RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN),
                current -> BinarySql.concat(current, inserted),
                current -> {
                    if (current == null) {
                        return suffix;
                    }
                    RedisStrings.checkStringLength(current.length, suffix.length, RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN);
                    return concat(current, suffix);
                });
    }

    /** SETRANGE with a non-empty value and a checked offset: the new length. */
    public long setRange(KeyScope scope, byte[] key, long offset, byte[] value) {
        Field<Long> off = DSL.val(offset);
        Field<byte[]> created = BinarySql.concat(BinarySql.zeros(off), DSL.val(value));
        return edit(scope, key, offset + value.length, created, created, DSL.trueCondition(),
                current -> BinarySql.concat(
                        BinarySql.left(current, off),
                        BinarySql.zeros(DSL.greatest(off.minus(BinarySql.length(current)), DSL.inline(0L))),
                        DSL.val(value),
                        BinarySql.substring(current, DSL.val(offset + value.length + 1))),
                current -> overwrite(current == null ? new byte[0] : current, offset, value));
    }

    /** What a {@link #lockedEdit} decided: the value to store ({@code null} = write nothing) and the command's result. */
    public record Edit<T>(byte[] value, T result) {
    }

    /**
     * Read-modify-write of one string under its row lock, for commands computed in Java (bitmaps,
     * BITFIELD, HyperLogLog). {@code edit} gets the live value ({@code null} when absent or expired;
     * a live key of another type is WRONGTYPE before {@code edit} runs). A stored value keeps the
     * TTL of an existing key, as Redis's in-place edits do. Runs in the unit of work's transaction
     * (or a new one in autocommit mode).
     */
    public <T> T lockedEdit(KeyScope scope, byte[] key, Function<byte[], Edit<T>> edit) {
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, true);
            byte[] current = row == null ? null : row.stringOrNull();
            Edit<T> e = edit.apply(current);
            if (e.value() != null) {
                StringRows.write(tx, key, row, e.value(), current == null ? null : row.expiresAt());
            }
            return e.result();
        });
    }

    private long edit(KeyScope scope, byte[] key, long freshLength, Field<byte[]> insertSql, Field<byte[]> freshSql, Condition valid,
                      Function<Field<byte[]>, Field<byte[]>> sqlEdit, Function<byte[], byte[]> javaEdit) {
        try {
            Condition live = KeyspaceRepository.live(scope);
            int rows = scope.dsl().insertInto(REDIS_KEY)
                    .set(REDIS_KEY.TENANT, scope.tenant())
                    .set(REDIS_KEY.DB, scope.db())
                    .set(REDIS_KEY.KEY_HASH, KeyHash.of(key))
                    .set(REDIS_KEY.KEY_BYTES, key)
                    .set(REDIS_KEY.TYPE, STRING)
                    .set(REDIS_KEY.VERSION, 1L)
                    .set(REDIS_KEY.STR_VALUE, insertSql)
                    .onDuplicateKeyUpdate()
                    .set(REDIS_KEY.TYPE, StringRows.keepOnlyLiveString(scope, valid))
                    .set(REDIS_KEY.STR_VALUE, DSL.when(live, sqlEdit.apply(REDIS_KEY.STR_VALUE)).else_(freshSql))
                    // After the value changed: remember its length for the reply.
                    .set(REDIS_KEY.VERSION, DSL.when(BinarySql.rememberResult(BinarySql.length(REDIS_KEY.STR_VALUE)).isNull(),
                            DSL.inline(0L)).else_(REDIS_KEY.VERSION.plus(1)))
                    .set(REDIS_KEY.EXPIRES_AT, DSL.when(live, REDIS_KEY.EXPIRES_AT).else_(DSL.castNull(REDIS_KEY.EXPIRES_AT.getDataType())))
                    .execute();
            if (rows == 1) {
                return freshLength;
            }
            return scope.dsl().select(BinarySql.rememberedResult()).fetchOne(0, BigInteger.class).longValue();
        } catch (DataAccessException e) {
            if (!StringRows.isTypeMismatch(e)) {
                throw e;
            }
        }
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, true);
            byte[] current = row == null ? null : row.stringOrNull();
            byte[] next = javaEdit.apply(current);
            StringRows.write(tx, key, row, next, current == null ? null : row.expiresAt());
            return (long) next.length;
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] overwrite(byte[] current, long offset, byte[] value) {
        int end = Math.toIntExact(offset + value.length);
        byte[] r = Arrays.copyOf(current, Math.max(current.length, end));
        System.arraycopy(value, 0, r, (int) offset, value.length);
        return r;
    }
}
