package org.redisonmysql.server.net;

import org.redisonmysql.server.config.ConfigKey;
import org.redisonmysql.server.config.ServerConfig;

/** The per-connection limits, read once from the configuration. */
public record ConnectionSettings(DecoderLimits decoderLimits, int maxInflight, int responseQueueLen,
        int writeBatchBytes, long readTimeoutMs, long writeTimeoutMs, long idleTimeoutMs, int pushQueueLen,
        int maxConnections, int databases) {

    public static ConnectionSettings from(ServerConfig config) {
        return new ConnectionSettings(
                new DecoderLimits(config.getInt(ConfigKey.MAX_FRAME_SIZE), config.getInt(ConfigKey.MAX_BULK_LEN),
                        config.getInt(ConfigKey.MAX_ARRAY_LEN)),
                config.getInt(ConfigKey.MAX_INFLIGHT),
                config.getInt(ConfigKey.RESPONSE_QUEUE_LEN),
                config.getInt(ConfigKey.WRITE_BATCH_BYTES),
                config.getInt(ConfigKey.READ_TIMEOUT_MS),
                config.getInt(ConfigKey.WRITE_TIMEOUT_MS),
                config.getInt(ConfigKey.IDLE_TIMEOUT_MS),
                config.getInt(ConfigKey.PUSH_QUEUE_LEN),
                config.getInt(ConfigKey.MAX_CONNECTIONS),
                config.getInt(ConfigKey.DATABASES));
    }
}
