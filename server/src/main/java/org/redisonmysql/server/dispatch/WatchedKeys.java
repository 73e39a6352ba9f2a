package org.redisonmysql.server.dispatch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys a connection WATCHes, each with what its row looked like then: its id, version and
 * liveness. EXEC compares them under row locks: any write (every write bumps the version), a
 * delete, a re-creation (a new id), an expiry, or a key created and deleted again after WATCH (its
 * marker row is gone) makes EXEC answer a null array.
 */
public final class WatchedKeys {
    /**
     * The key row's identity at WATCH time: id, version and whether the key was live (a
     * {@link org.redisonmysql.core.keyspace.WatchMarker} stands for a key that did not exist);
     * {@link #NO_ROW} when there is no row at all (only seen at EXEC: its marker was removed).
     */
    public record Snapshot(Long id, Long version, boolean live) {
        public static final Snapshot NO_ROW = new Snapshot(null, null, false);
    }

    /** A watched key: database and key bytes. */
    public record WatchedKey(int db, byte[] key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WatchedKey w && w.db == db && Arrays.equals(w.key, key);
        }

        @Override
        public int hashCode() {
            return 31 * db + Arrays.hashCode(key);
        }
    }

    private final Map<WatchedKey, Snapshot> keys = new LinkedHashMap<>();

    public void watch(int db, byte[] key, Snapshot snapshot) {
        keys.putIfAbsent(new WatchedKey(db, key), snapshot);
    }

    public boolean isWatching(int db, byte[] key) {
        return keys.containsKey(new WatchedKey(db, key));
    }

    public Map<WatchedKey, Snapshot> all() {
        return keys;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public void clear() {
        keys.clear();
    }
}
