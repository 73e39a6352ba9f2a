-- The keyspace: one row per Redis key, whatever its type.
-- A string's value lives in the key row itself, so GET is one primary-key read and SET one upsert.
-- Collections keep their members in child tables that reference redis_key.id and are removed
-- with the key (ON DELETE CASCADE), so a deleted, expired or retyped key leaves no orphan rows.
--
-- type:       0 = string, 1 = hash, 2 = list, 3 = set, 4 = zset, 5 = stream
-- key_hash:   SHA-256 of key_bytes; keys are binary and may be up to 512 MB, too long to index.
-- expires_at: epoch milliseconds; NULL = no expiry. A row whose expires_at <= now is treated as
--             absent by every statement and deleted by the cleanup job.
-- version:    bumped by every write; WATCH compares (id, version).
-- tenant:     derived from the MySQL username at AUTH; every statement is scoped by (tenant, db).
CREATE TABLE redis_key (
  tenant      VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  db          INT          NOT NULL,
  key_hash    BINARY(32)   NOT NULL,
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  key_bytes   LONGBLOB     NOT NULL,
  type        TINYINT      NOT NULL,
  expires_at  BIGINT       NULL,
  version     BIGINT       NOT NULL DEFAULT 1,
  str_value   LONGBLOB     NULL,
  PRIMARY KEY (tenant, db, key_hash),
  CONSTRAINT uq_redis_key_id UNIQUE (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- SCAN, KEYS and RANDOMKEY walk one tenant's database in id order.
CREATE INDEX ix_redis_key_scan ON redis_key (tenant, db, id);

-- The expiry job finds due keys without scanning the table.
CREATE INDEX ix_redis_key_expires ON redis_key (expires_at);
