package org.redisonmysql.core.keyspace;

import java.util.List;

/**
 * One step of SCAN: the keys of the rows examined (before MATCH / TYPE filtering) and the cursor
 * to continue from, 0 when the walk is over. The cursor is the id of the last row examined, so a
 * key that exists for the whole iteration is returned exactly once and the walk always ends.
 */
public record ScanPage(long nextCursor, List<Entry> entries) {
    /** One examined key with its type. */
    public record Entry(byte[] key, KeyType type) {
    }
}
