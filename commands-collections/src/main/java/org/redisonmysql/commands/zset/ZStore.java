package org.redisonmysql.commands.zset;

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
            long id = zsets.createKey(scope, dst);
            for (int i = 0; i < entries.size(); i += 1000) {
                zsets.upsert(scope, id, entries.subList(i, Math.min(entries.size(), i + 1000)));
            }
        }
    }
}
