package org.redisonmysql.commands.zset;

import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;

import java.util.List;

/** Writing a STORE command's result: the destination is replaced, or deleted when the result is empty. */
final class ZStore {
    private ZStore() {
    }

    /** dstId: the destination row locked with {@link ZSetRepository#lockKeyAnyType}, or null. */
    static void replace(ZSetRepository zsets, KeyScope scope, byte[] dst, Long dstId, List<ZEntry> entries) {
        if (dstId != null) {
            zsets.deleteKey(scope, dstId);
        }
        if (!entries.isEmpty()) {
            CollectionKeyRows.Row row = zsets.createKey(scope, dst);
            long inserted = 0;
            for (int i = 0; i < entries.size(); i += 1000) {
                inserted += zsets.upsert(scope, row.id(), entries.subList(i, Math.min(entries.size(), i + 1000)));
            }
            zsets.changed(scope, row, inserted);
        }
    }
}
