-- Pub/Sub across server instances.
-- Same-instance subscribers are served in memory; MySQL carries what other instances need:
-- which instances are alive, how many subscribers each has per channel/pattern (for PUBLISH's
-- count and PUBSUB), and the messages that some other instance has subscribers for.

-- One row per running server instance; heartbeat_at (epoch ms) is refreshed every
-- pubsub.heartbeat_secs. Instances silent for cleanup.pubsub_idle_secs are ignored, then deleted.
CREATE TABLE redis_pubsub_instance (
  instance_id  BIGINT NOT NULL,
  started_at   BIGINT NOT NULL,
  heartbeat_at BIGINT NOT NULL,
  PRIMARY KEY (instance_id)
);

CREATE INDEX ix_redis_pubsub_instance_heartbeat ON redis_pubsub_instance (heartbeat_at);

-- Subscriber counts per instance. kind: 0 channel, 1 pattern, 2 shard channel.
-- name_hash is SHA-256 of name (names are binary and may be longer than an index allows).
CREATE TABLE redis_pubsub_subscription (
  tenant      VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  kind        TINYINT NOT NULL,
  name_hash   BINARY(32) NOT NULL,
  instance_id BIGINT NOT NULL,
  name        LONGBLOB NOT NULL,
  subscribers INT NOT NULL,
  PRIMARY KEY (tenant, kind, name_hash, instance_id)
);

-- The cleanup job removes a dead instance's rows.
CREATE INDEX ix_redis_pubsub_subscription_instance ON redis_pubsub_subscription (instance_id);

-- Messages for other instances. Each instance polls id > its last seen id (one query per
-- pubsub.poll_ms); kind: 0 PUBLISH, 2 SPUBLISH. Rows older than pubsub_message_ttl_secs are deleted.
CREATE TABLE redis_pubsub_message (
  id          BIGINT NOT NULL AUTO_INCREMENT,
  instance_id BIGINT NOT NULL,
  tenant      VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  kind        TINYINT NOT NULL,
  channel     LONGBLOB NOT NULL,
  payload     LONGBLOB NOT NULL,
  created_at  BIGINT NOT NULL,
  PRIMARY KEY (id)
);

CREATE INDEX ix_redis_pubsub_message_created ON redis_pubsub_message (created_at);
