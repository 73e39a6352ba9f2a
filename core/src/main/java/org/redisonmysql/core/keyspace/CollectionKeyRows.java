package org.redisonmysql.core.keyspace;

import org.jooq.Record3;
import org.redisonmysql.core.error.Errors;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * The key row of a collection (hash, set, ...) inside a write transaction: locked with
 * {@code SELECT ... FOR UPDATE} so that every writer of the key's children is serialized on it,
 * created when missing, retired with its last child. Expired rows count as absent.
 */
public final class CollectionKeyRows {

    /** A locked live key row; {@code created} when this command inserted it. */
    public record Row(long id, boolean created) {
    }

    private CollectionKeyRows() {
    }

    /** Locks the live key of this type; null when absent (or expired); WRONGTYPE for another type. */
    public static Row lockExisting(KeyScope scope, byte[] key, KeyType type) {
        Record3<Long, Byte, Long> r = selectForUpdate(scope, key);
        if (r == null || !isLive(scope, r.value3())) {
            return null;
        }
        if (r.value2() != type.code()) {
            throw Errors.wrongType();
        }
        return new Row(r.value1(), false);
    }

    /**
     * Locks the live key of this type or creates it (an expired row of any type is deleted first,
     * its children with it); WRONGTYPE for a live key of another type.
     */
    public static Row lockOrCreate(KeyScope scope, byte[] key, KeyType type) {
        Record3<Long, Byte, Long> r = selectForUpdate(scope, key);
        if (r != null) {
            if (isLive(scope, r.value3())) {
                if (r.value2() != type.code()) {
                    throw Errors.wrongType();
                }
                return new Row(r.value1(), false);
            }
            delete(scope, r.value1());
        }
        // IGNORE: a concurrent creator of the same key wins; we then lock and type-check its row.
        scope.dsl().insertInto(REDIS_KEY)
                .set(REDIS_KEY.TENANT, scope.tenant())
                .set(REDIS_KEY.DB, scope.db())
                .set(REDIS_KEY.KEY_HASH, KeyHash.of(key))
                .set(REDIS_KEY.KEY_BYTES, key)
                .set(REDIS_KEY.TYPE, type.code())
                .set(REDIS_KEY.VERSION, 1L)
                .onDuplicateKeyIgnore()
                .execute();
        r = selectForUpdate(scope, key);
        if (r == null || !isLive(scope, r.value3())) {
            throw new IllegalStateException("key row vanished while being created");
        }
        if (r.value2() != type.code()) {
            throw Errors.wrongType();
        }
        return new Row(r.value1(), true);
    }

    /** Locks the key's row whatever its type or liveness (a STORE command's destination), if there is one. */
    public static void lockExistingAnyType(KeyScope scope, byte[] key) {
        selectForUpdate(scope, key);
    }

    /** Deletes whatever the key holds, live or expired, of any type (the STORE commands' destination). */
    public static int deleteAnyType(KeyScope scope, byte[] key) {
        return scope.dsl().deleteFrom(REDIS_KEY).where(KeyspaceRepository.isKey(scope, key)).execute();
    }

    /** Records a write to the key (WATCH sees the version change). */
    public static void touch(KeyScope scope, long id) {
        scope.dsl().update(REDIS_KEY).set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(REDIS_KEY.ID.eq(id)).execute();
    }

    /** Deletes the key row; its children cascade. */
    public static void delete(KeyScope scope, long id) {
        scope.dsl().deleteFrom(REDIS_KEY).where(REDIS_KEY.ID.eq(id)).execute();
    }

    private static Record3<Long, Byte, Long> selectForUpdate(KeyScope scope, byte[] key) {
        return scope.dsl().select(REDIS_KEY.ID, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key))
                .forUpdate()
                .fetchOne();
    }

    private static boolean isLive(KeyScope scope, Long expiresAt) {
        return expiresAt == null || expiresAt > scope.now();
    }
}
