package org.redisonmysql.server.dispatch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys a connection WATCHes, each with what its row looked like then: its id and version, or
 * absent. EXEC compares them under row locks: any write (every write bumps the version), a delete,
 * a re-creation (a new id) or an expiry makes EXEC answer a null array.
 */
public final class WatchedKeys {
    /** The row's identity at WATCH time; {@code id == null} means the key did not exist. */
    public record Snapshot(Long id, Long version) {
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
