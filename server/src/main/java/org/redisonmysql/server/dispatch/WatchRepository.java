package org.redisonmysql.server.dispatch;

import org.jooq.Record2;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/** Reads a key row's identity (id, version) for WATCH, and locks it for EXEC's comparison. */
public final class WatchRepository {
    private WatchRepository() {
    }

    public static WatchedKeys.Snapshot snapshot(KeyScope scope, byte[] key) {
        Record2<Long, Long> row = scope.dsl().select(REDIS_KEY.ID, REDIS_KEY.VERSION).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        return row == null ? new WatchedKeys.Snapshot(null, null) : new WatchedKeys.Snapshot(row.value1(), row.value2());
    }

    /** The same, locking the row (if any) until EXEC's transaction ends. */
    static WatchedKeys.Snapshot lockedSnapshot(KeyScope scope, byte[] key) {
        Record2<Long, Long> row = scope.dsl().select(REDIS_KEY.ID, REDIS_KEY.VERSION).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .forUpdate()
                .fetchOne();
        return row == null ? new WatchedKeys.Snapshot(null, null) : new WatchedKeys.Snapshot(row.value1(), row.value2());
    }
}
