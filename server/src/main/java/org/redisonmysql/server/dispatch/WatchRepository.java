package org.redisonmysql.server.dispatch;

import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.keyspace.WatchMarker;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * Reads a key row's identity (id, version, live) for WATCH, and locks it for EXEC's comparison.
 * A key that does not exist at WATCH gets a {@link WatchMarker} row, so that creating and deleting
 * it again before EXEC changes what EXEC sees (without a row there would be nothing to compare).
 */
public final class WatchRepository {
    private static final int ATTEMPTS = 3;

    private WatchRepository() {
    }

    /**
     * WATCH: the live row's identity, or the marker's (created here when there is no row; a stale
     * expired row is deleted first, as the expiry job would). Runs in WATCH's transaction.
     */
    public static WatchedKeys.Snapshot snapshot(KeyScope scope, byte[] key) {
        for (int attempt = 1; ; attempt++) {
            Record4<Long, Long, Long, Boolean> row = lockedRow(scope, key);
            if (row != null) {
                boolean live = isLive(row.value3(), scope.now());
                if (live || Boolean.TRUE.equals(row.value4())) {
                    return new WatchedKeys.Snapshot(row.value1(), row.value2(), live);
                }
                scope.dsl().deleteFrom(REDIS_KEY).where(REDIS_KEY.ID.eq(row.value1())).execute();
            }
            int inserted = scope.dsl().insertInto(REDIS_KEY, REDIS_KEY.TENANT, REDIS_KEY.DB, REDIS_KEY.KEY_HASH,
                            REDIS_KEY.KEY_BYTES, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.VERSION, REDIS_KEY.STR_VALUE)
                    .values(scope.tenant(), scope.db(), KeyHash.of(key), key, KeyType.STRING.code(), scope.now(), 1L, null)
                    .onDuplicateKeyIgnore()
                    .execute();
            if (inserted == 0 && attempt >= ATTEMPTS) {
                throw new IllegalStateException("WATCH: the key row kept changing under us");
            }
        }
    }

    /** EXEC: the same identity, locking the row (if any) until EXEC's transaction ends. */
    static WatchedKeys.Snapshot lockedSnapshot(KeyScope scope, byte[] key) {
        Record4<Long, Long, Long, Boolean> row = lockedRow(scope, key);
        return row == null ? WatchedKeys.Snapshot.NO_ROW
                : new WatchedKeys.Snapshot(row.value1(), row.value2(), isLive(row.value3(), scope.now()));
    }

    /** The key's row whatever its expiry (id, version, expires_at, is-marker), locked; null when none. */
    private static Record4<Long, Long, Long, Boolean> lockedRow(KeyScope scope, byte[] key) {
        return scope.dsl()
                .select(REDIS_KEY.ID, REDIS_KEY.VERSION, REDIS_KEY.EXPIRES_AT, DSL.field(WatchMarker.isMarker()))
                .from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key))
                .forUpdate()
                .fetchOne();
    }

    private static boolean isLive(Long expiresAt, long now) {
        return expiresAt == null || expiresAt > now;
    }
}
