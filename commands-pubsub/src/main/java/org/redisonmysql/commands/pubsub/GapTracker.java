package org.redisonmysql.commands.pubsub;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The poller's position in the message ids. AUTO_INCREMENT values are taken at insert time but
 * become visible at commit, so a poll may see id 12 before id 11 commits: 11 is then remembered as
 * a gap and asked for again by the next polls until it appears or {@code waitMs} passes (an id
 * whose insert rolled back never appears). Not thread-safe: only the poller thread uses it.
 */
final class GapTracker {
    /** An insert that has not committed after this long has almost surely rolled back. */
    static final int MAX_GAPS = 1000;

    private final long waitMs;
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private long lastSeen;

    GapTracker(long lastSeen, long waitMs) {
        this.lastSeen = lastSeen;
        this.waitMs = waitMs;
    }

    long lastSeen() {
        return lastSeen;
    }

    Set<Long> gaps() {
        return gaps.keySet();
    }

    /** Records that {@code id} was read; false when it was already delivered (never happens by construction). */
    boolean seen(long id, long now) {
        if (id > lastSeen) {
            for (long g = lastSeen + 1; g < id && gaps.size() < MAX_GAPS; g++) {
                gaps.put(g, now + waitMs);
            }
            lastSeen = id;
            return true;
        }
        return gaps.remove(id) != null;
    }

    void expire(long now) {
        for (Iterator<Map.Entry<Long, Long>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() < now) {
                it.remove();
            }
        }
    }
}
