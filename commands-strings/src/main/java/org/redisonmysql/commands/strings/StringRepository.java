package org.redisonmysql.commands.strings;

import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.sql.SQLException;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/** Statements on string values, which live in the key row itself. */
public final class StringRepository {
    private static final byte STRING = KeyType.STRING.code();
    private static final int ER_BAD_NULL_ERROR = 1048;

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

    /**
     * Stores a string whatever the key held before (SET semantics), with the given expiry (null = none).
     * Common case, one statement: an upsert that refuses, by a NOT NULL violation, to turn a row of
     * another type into a string. Only then the slow path deletes the old key (its child rows go
     * with it) and inserts the string, in one transaction.
     */
    public void set(KeyScope scope, byte[] key, byte[] value, Long expiresAt) {
        try {
            upsertString(scope, key, value, expiresAt);
        } catch (DataAccessException e) {
            if (!isTypeMismatch(e)) {
                throw e;
            }
            scope.dsl().transaction(tx -> {
                KeyScope txScope = new KeyScope(tx.dsl(), scope.tenant(), scope.db(), scope.now());
                txScope.dsl().deleteFrom(REDIS_KEY).where(KeyspaceRepository.isKey(txScope, key)).execute();
                upsertString(txScope, key, value, expiresAt);
            });
        }
    }

    private void upsertString(KeyScope scope, byte[] key, byte[] value, Long expiresAt) {
        scope.dsl().insertInto(REDIS_KEY)
                .set(REDIS_KEY.TENANT, scope.tenant())
                .set(REDIS_KEY.DB, scope.db())
                .set(REDIS_KEY.KEY_HASH, KeyHash.of(key))
                .set(REDIS_KEY.KEY_BYTES, key)
                .set(REDIS_KEY.TYPE, STRING)
                .set(REDIS_KEY.EXPIRES_AT, expiresAt)
                .set(REDIS_KEY.VERSION, 1L)
                .set(REDIS_KEY.STR_VALUE, value)
                .onDuplicateKeyUpdate()
                // First assignment: a row of another type becomes NULL here and the statement fails.
                .set(REDIS_KEY.TYPE, DSL.when(REDIS_KEY.TYPE.eq(STRING), DSL.inline(STRING))
                        .else_(DSL.castNull(REDIS_KEY.TYPE.getDataType())))
                .set(REDIS_KEY.STR_VALUE, DSL.excluded(REDIS_KEY.STR_VALUE))
                .set(REDIS_KEY.EXPIRES_AT, DSL.excluded(REDIS_KEY.EXPIRES_AT))
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .execute();
    }

    /** The upsert's deliberate NOT NULL violation on {@code type}. */
    static boolean isTypeMismatch(DataAccessException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getErrorCode() == ER_BAD_NULL_ERROR) {
                return true;
            }
        }
        return false;
    }
}
