package org.redisonmysql.core.keyspace;

import org.jooq.Condition;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * A key row that stands for a WATCHed key that did not exist: a string row without a value,
 * already expired, so every command treats it as absent. Any write to the key goes through that
 * row (an upsert bumps its version, a collection write replaces it), and a delete removes it, so
 * EXEC notices a key created and deleted again after WATCH, as Redis does. FLUSHDB/FLUSHALL leave
 * markers alone (flushing does not touch a key that did not exist), and the expiry job keeps them
 * for {@link #KEPT_MS} so that a WATCH in progress keeps its marker.
 */
public final class WatchMarker {
    /** How long the expiry job leaves a marker in place: a WATCH held longer fails its EXEC. */
    public static final long KEPT_MS = 3_600_000L;

    private WatchMarker() {
    }

    /** The row is a marker (a real string always has a value, if only an empty one). */
    public static Condition isMarker() {
        return REDIS_KEY.TYPE.eq(KeyType.STRING.code()).and(REDIS_KEY.STR_VALUE.isNull());
    }

    /** What the expiry job may delete at {@code now}: expired rows, except markers still in use. */
    public static Condition deletableAt(long now) {
        return REDIS_KEY.EXPIRES_AT.le(now).and(isMarker().not().or(REDIS_KEY.EXPIRES_AT.le(now - KEPT_MS)));
    }
}
