package org.redisonmysql.commands.pubsub;

/** The server's pubsub.* and cleanup.pubsub_* settings (milliseconds here; the config keys keep their units). */
public record PubSubSettings(long pollMs, int pollBatch, long heartbeatMs, long idleMs, long messageTtlMs,
        long cleanupIntervalMs) {
    /** The configuration defaults, used until the server calls {@link PubSubService#start}. */
    public static PubSubSettings defaults() {
        return new PubSubSettings(200, 128, 30_000, 600_000, 3_600_000, 60_000);
    }
}
