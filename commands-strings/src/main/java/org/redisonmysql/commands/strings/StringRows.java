package org.redisonmysql.commands.strings;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * What the string statements share: the type-mismatch trick of the one-statement upserts, the
 * locked slow path (one transaction, or the enclosing MULTI/script transaction), and the row lock.
 */
final class StringRows {
    static final byte STRING = KeyType.STRING.code();
    static final int ER_BAD_NULL_ERROR = 1048;
    static final int ER_DUP_ENTRY = 1062;

    private StringRows() {
    }

    /** A key row read under its row lock: null fields mean the key has no row at all. */
    record Locked(long id, byte type, Long expiresAt, byte[] value, long now) {
        boolean live() {
            return expiresAt == null || expiresAt > now;
        }

        boolean liveString() {
            return live() && type == STRING;
        }

        /** The live string value; null when absent (or expired); WRONGTYPE for a live key of another type. */
        byte[] stringOrNull() {
            if (!live()) {
                return null;
            }
            if (type != STRING) {
                throw Errors.wrongType();
            }
            return value;
        }
    }

    /** The type assignment that refuses (NOT NULL violation) to keep a row that is not a live string. */
    static Field<Byte> keepOnlyLiveString(KeyScope scope, Condition extraValid) {
        return DSL.when(REDIS_KEY.TYPE.eq(STRING).and(KeyspaceRepository.live(scope)).and(extraValid), DSL.inline(STRING))
                .when(REDIS_KEY.TYPE.eq(STRING).and(KeyspaceRepository.live(scope).not()), DSL.inline(STRING))
                .else_(DSL.castNull(REDIS_KEY.TYPE.getDataType()));
    }

    /** The type assignment of an overwrite (SET): a string row stays, any other row forces the slow path. */
    static Field<Byte> keepOnlyString() {
        return DSL.when(REDIS_KEY.TYPE.eq(STRING), DSL.inline(STRING))
                .else_(DSL.castNull(REDIS_KEY.TYPE.getDataType()));
    }

    /** The upsert's deliberate NOT NULL violation on {@code type}. */
    static boolean isTypeMismatch(DataAccessException e) {
        return hasErrorCode(e, ER_BAD_NULL_ERROR);
    }

    static boolean hasErrorCode(Throwable e, int code) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} atomically: in a new transaction when the unit of work is in autocommit mode
     * (a single-statement command taking its slow path), else inside the transaction already open
     * (MULTI/EXEC, scripts, TRANSACTION commands), which must not be committed here.
     */
    static <T> T inTransaction(KeyScope scope, Function<KeyScope, T> work) {
        boolean autoCommit = scope.dsl().connectionResult(Connection::getAutoCommit);
        if (!autoCommit) {
            return work.apply(scope);
        }
        return scope.dsl().transactionResult(tx ->
                work.apply(new KeyScope(tx.dsl(), scope.tenant(), scope.db(), scope.now())));
    }

    /** Locks the key's row (live or expired) and reads it; null when there is no row. */
    static Locked lock(KeyScope scope, byte[] key, boolean withValue) {
        Field<byte[]> value = withValue ? REDIS_KEY.STR_VALUE : DSL.castNull(REDIS_KEY.STR_VALUE.getDataType());
        Record4<Long, Byte, Long, byte[]> r = scope.dsl()
                .select(REDIS_KEY.ID, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, value)
                .from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key))
                .forUpdate()
                .fetchOne();
        return r == null ? null : new Locked(r.value1(), r.value2(), r.value3(), r.value4(), scope.now());
    }

    /** Deletes a locked row (its child rows cascade). */
    static void delete(KeyScope scope, Locked row) {
        scope.dsl().deleteFrom(REDIS_KEY)
                .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.ID.eq(row.id()))
                .execute();
    }

    /** Inserts a new string row (the key has no row, or its row was just deleted). */
    static void insert(KeyScope scope, byte[] key, byte[] value, Long expiresAt) {
        scope.dsl().insertInto(REDIS_KEY)
                .set(REDIS_KEY.TENANT, scope.tenant())
                .set(REDIS_KEY.DB, scope.db())
                .set(REDIS_KEY.KEY_HASH, KeyHash.of(key))
                .set(REDIS_KEY.KEY_BYTES, key)
                .set(REDIS_KEY.TYPE, STRING)
                .set(REDIS_KEY.EXPIRES_AT, expiresAt)
                .set(REDIS_KEY.VERSION, 1L)
                .set(REDIS_KEY.STR_VALUE, value)
                .execute();
    }

    /** Replaces the value (and expiry) of a locked live string row. */
    static void update(KeyScope scope, Locked row, byte[] value, Long expiresAt) {
        scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.STR_VALUE, value)
                .set(REDIS_KEY.EXPIRES_AT, expiresAt)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.ID.eq(row.id()))
                .execute();
    }

    /**
     * Writes a string over whatever the locked row was: updates a string row in place, else deletes
     * the row (another type, or expired) and inserts a new one.
     */
    static void write(KeyScope scope, byte[] key, Locked row, byte[] value, Long expiresAt) {
        if (row == null) {
            insert(scope, key, value, expiresAt);
        } else if (row.type() == STRING) {
            update(scope, row, value, expiresAt);
        } else {
            delete(scope, row);
            insert(scope, key, value, expiresAt);
        }
    }
}
