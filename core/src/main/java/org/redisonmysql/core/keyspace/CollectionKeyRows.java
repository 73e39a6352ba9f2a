package org.redisonmysql.core.keyspace;

import org.jooq.Record2;
import org.jooq.Record4;
import org.redisonmysql.core.error.Errors;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * The key row of a collection (hash, list, set, zset) inside a write transaction: locked with
 * {@code SELECT ... FOR UPDATE} so that every writer of the key's children is serialized on it,
 * created when missing, retired with its last child. Expired rows count as absent.
 *
 * <p>The row's {@code card} column holds the number of child rows. The lock is taken before any
 * child row changes, so the count read with it is exact for the rest of the transaction; a writer
 * hands {@link #changed} the affected-row count of its own INSERT/DELETE statements, and the count
 * moves in the same UPDATE that bumps the version. Nothing ever recounts the children.
 */
public final class CollectionKeyRows {

    /**
     * A locked live key row: {@code created} when this command inserted it, {@code card} its number
     * of members when locked (0 for a created row).
     */
    public record Row(long id, boolean created, long card) {
    }

    private CollectionKeyRows() {
    }

    /** Locks the live key of this type; null when absent (or expired); WRONGTYPE for another type. */
    public static Row lockExisting(KeyScope scope, byte[] key, KeyType type) {
        Record4<Long, Byte, Long, Long> r = selectForUpdate(scope, key);
        if (r == null || !isLive(scope, r.value3())) {
            return null;
        }
        if (r.value2() != type.code()) {
            throw Errors.wrongType();
        }
        return new Row(r.value1(), false, r.value4());
    }

    /**
     * Locks the live key of this type or creates it (an expired row of any type is deleted first,
     * its children with it); WRONGTYPE for a live key of another type.
     */
    public static Row lockOrCreate(KeyScope scope, byte[] key, KeyType type) {
        Record4<Long, Byte, Long, Long> r = selectForUpdate(scope, key);
        if (r != null) {
            if (isLive(scope, r.value3())) {
                if (r.value2() != type.code()) {
                    throw Errors.wrongType();
                }
                return new Row(r.value1(), false, r.value4());
            }
            delete(scope, r.value1());
        }
        // IGNORE: a concurrent creator of the same key wins; we then lock and type-check its row.
        int inserted = insertEmpty(scope, key, type);
        r = selectForUpdate(scope, key);
        if (r == null || !isLive(scope, r.value3())) {
            throw new IllegalStateException("key row vanished while being created");
        }
        if (r.value2() != type.code()) {
            throw Errors.wrongType();
        }
        return new Row(r.value1(), inserted > 0, r.value4());
    }

    /** Locks the key's row whatever its type or liveness (a STORE command's destination), if there is one. */
    public static void lockExistingAnyType(KeyScope scope, byte[] key) {
        selectForUpdate(scope, key);
    }

    /**
     * A STORE command's destination: whatever the key held (live or expired, any type) is deleted and
     * an empty key row of this type takes its place, locked (the caller adds the members and calls
     * {@link #changed}). Under READ COMMITTED a DELETE that finds no row locks nothing, so another
     * transaction may create the key in between: the INSERT IGNORE then waits for it, finds the
     * name taken, and the delete runs again on the now committed row.
     */
    public static Row replace(KeyScope scope, byte[] key, KeyType type) {
        while (true) {
            deleteAnyType(scope, key);
            if (insertEmpty(scope, key, type) > 0) {
                Record4<Long, Byte, Long, Long> r = selectForUpdate(scope, key);
                return new Row(r.value1(), true, 0);
            }
        }
    }

    /** Deletes whatever the key holds, live or expired, of any type (the STORE commands' destination). */
    public static int deleteAnyType(KeyScope scope, byte[] key) {
        return scope.dsl().deleteFrom(REDIS_KEY).where(KeyspaceRepository.isKey(scope, key)).execute();
    }

    /**
     * Records a write to the locked row that added ({@code delta > 0}) or removed ({@code delta < 0})
     * members, or changed some in place ({@code delta == 0}): one UPDATE moves the count and bumps
     * the version (WATCH sees it); when no member is left the key row is deleted instead (a collection
     * whose last member went no longer exists). Returns the new number of members.
     */
    public static long changed(KeyScope scope, Row row, long delta) {
        return changed(scope, row.id(), row.card(), delta);
    }

    /** {@link #changed(KeyScope, Row, long)} for a row locked as {@code id} holding {@code card} members. */
    public static long changed(KeyScope scope, long id, long card, long delta) {
        long now = card + delta;
        if (now <= 0) {
            delete(scope, id);
            return 0;
        }
        scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .set(REDIS_KEY.CARD, REDIS_KEY.CARD.plus(delta))
                .where(REDIS_KEY.ID.eq(id)).execute();
        return now;
    }

    /** Records a write to the key that did not change its number of members (WATCH sees the version change). */
    public static void touch(KeyScope scope, long id) {
        scope.dsl().update(REDIS_KEY).set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .where(REDIS_KEY.ID.eq(id)).execute();
    }

    /** Deletes the key row; its children cascade. */
    public static void delete(KeyScope scope, long id) {
        scope.dsl().deleteFrom(REDIS_KEY).where(REDIS_KEY.ID.eq(id)).execute();
    }

    /**
     * HLEN, LLEN, SCARD, ZCARD: the live key's number of members, one primary-key read of its row;
     * null when the key does not exist; WRONGTYPE for another type.
     */
    public static Long cardinality(KeyScope scope, byte[] key, KeyType type) {
        Record2<Byte, Long> r = scope.dsl().select(REDIS_KEY.TYPE, REDIS_KEY.CARD).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        if (r == null) {
            return null;
        }
        if (r.value1() != type.code()) {
            throw Errors.wrongType();
        }
        return r.value2();
    }

    /** The number of members of key row {@code id} (a unique-index read), for a key already found. */
    public static long cardOf(KeyScope scope, long id) {
        Long card = scope.dsl().select(REDIS_KEY.CARD).from(REDIS_KEY).where(REDIS_KEY.ID.eq(id)).fetchOne(REDIS_KEY.CARD);
        return card == null ? 0 : card;
    }

    /** Inserts an empty key row of this type unless the name is taken; 1 when inserted. */
    private static int insertEmpty(KeyScope scope, byte[] key, KeyType type) {
        return scope.dsl().insertInto(REDIS_KEY)
                .set(REDIS_KEY.TENANT, scope.tenant())
                .set(REDIS_KEY.DB, scope.db())
                .set(REDIS_KEY.KEY_HASH, KeyHash.of(key))
                .set(REDIS_KEY.KEY_BYTES, key)
                .set(REDIS_KEY.TYPE, type.code())
                .set(REDIS_KEY.VERSION, 1L)
                .set(REDIS_KEY.CARD, 0L)
                .onDuplicateKeyIgnore()
                .execute();
    }

    private static Record4<Long, Byte, Long, Long> selectForUpdate(KeyScope scope, byte[] key) {
        return scope.dsl().select(REDIS_KEY.ID, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.CARD).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key))
                .forUpdate()
                .fetchOne();
    }

    private static boolean isLive(KeyScope scope, Long expiresAt) {
        return expiresAt == null || expiresAt > scope.now();
    }
}
