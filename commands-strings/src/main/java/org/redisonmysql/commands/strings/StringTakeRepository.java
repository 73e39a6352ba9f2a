package org.redisonmysql.commands.strings;

import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.util.function.LongSupplier;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/** GETDEL and GETEX with an option: read and change under the row lock, in one transaction. */
public final class StringTakeRepository {

    /** GETDEL: the value (null when missing), the key deleted; WRONGTYPE for another type. */
    public byte[] getDel(KeyScope scope, byte[] key) {
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, true);
            byte[] value = row == null ? null : row.stringOrNull();
            if (value != null) {
                StringRows.delete(tx, row);
            }
            return value;
        });
    }

    /** What GETEX does to the expiry of an existing string. */
    public enum ExpiryChange { SET, DELETE_KEY, PERSIST }

    /**
     * GETEX with an option. {@code expiry} is evaluated only for an existing string (Redis validates
     * the time after the type check) and may throw.
     */
    public byte[] getEx(KeyScope scope, byte[] key, ExpiryChange change, LongSupplier expiry) {
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, true);
            byte[] value = row == null ? null : row.stringOrNull();
            if (value == null) {
                return null;
            }
            switch (change) {
                case SET -> {
                    long at = expiry.getAsLong();
                    if (at <= tx.now()) {
                        StringRows.delete(tx, row);
                    } else {
                        setExpiry(tx, row, at);
                    }
                }
                case DELETE_KEY -> StringRows.delete(tx, row);
                case PERSIST -> {
                    if (row.expiresAt() != null) {
                        setExpiry(tx, row, null);
                    }
                }
            }
            return value;
        });
    }

    private static void setExpiry(KeyScope scope, StringRows.Locked row, Long at) {
        scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.EXPIRES_AT, at)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.ID.eq(row.id()))
                .execute();
    }

}
