package org.redisonmysql.commands.zset;

import org.redisonmysql.core.keyspace.KeyScope;

import java.util.List;

/** Writing a STORE command's result: the destination is replaced, or deleted when the result is empty. */
final class ZStore {
    private ZStore() {
    }

    /** The destination was locked (if it existed) with {@link ZSetRepository#lockKeyAnyType} before the sources were read. */
    static void replace(ZSetRepository zsets, KeyScope scope, byte[] dst, Long dstId, List<ZEntry> entries) {
        zsets.replaceWith(scope, dst, entries);
    }
}
