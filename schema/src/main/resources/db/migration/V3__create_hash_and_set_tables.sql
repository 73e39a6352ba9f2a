-- Hashes and sets: one child row per field / member, keyed by the key row's id (redis_key.id,
-- type 1 = hash, 3 = set). Deleting, expiring or retyping the key removes its rows (ON DELETE
-- CASCADE). Fields and members are binary and may be far longer than an index can hold, so the
-- primary key holds their SHA-256 (field_hash / member_hash) and the bytes sit beside it.
--
-- A hash or set with no rows does not exist: the server deletes the key row with its last child.
-- HLEN / SCARD are index-only counts over the narrow ix_*_key index (key_id + hash per entry,
-- no blob pages read); the primary key serves point reads (HGET, SISMEMBER) and the ordered
-- walks HSCAN / SSCAN use (the cursor is a position in field_hash / member_hash order).
CREATE TABLE redis_hash_field (
  key_id       BIGINT     NOT NULL,
  field_hash   BINARY(32) NOT NULL,
  field_bytes  LONGBLOB   NOT NULL,
  value_bytes  LONGBLOB   NOT NULL,
  PRIMARY KEY (key_id, field_hash),
  CONSTRAINT fk_redis_hash_field_key FOREIGN KEY (key_id) REFERENCES redis_key (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_redis_hash_field_key ON redis_hash_field (key_id);

CREATE TABLE redis_set_member (
  key_id        BIGINT     NOT NULL,
  member_hash   BINARY(32) NOT NULL,
  member_bytes  LONGBLOB   NOT NULL,
  PRIMARY KEY (key_id, member_hash),
  CONSTRAINT fk_redis_set_member_key FOREIGN KEY (key_id) REFERENCES redis_key (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_redis_set_member_key ON redis_set_member (key_id);

-- DBA views: live keys only (expires_at in epoch milliseconds). key_text / field_text / ... show
-- the bytes as utf8mb4 text for reading (NULL-free but lossy for non-UTF-8 bytes); the *_bytes
-- columns are exact.
/* [jooq ignore start] */
CREATE VIEW v_hash AS
SELECT k.tenant, k.db, k.key_bytes, CONVERT(k.key_bytes USING utf8mb4) AS key_text,
       f.field_bytes, CONVERT(f.field_bytes USING utf8mb4) AS field_text,
       f.value_bytes, CONVERT(f.value_bytes USING utf8mb4) AS value_text,
       k.expires_at
  FROM redis_key k
  JOIN redis_hash_field f ON f.key_id = k.id
 WHERE k.type = 1
   AND (k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000 AS SIGNED));

CREATE VIEW v_set AS
SELECT k.tenant, k.db, k.key_bytes, CONVERT(k.key_bytes USING utf8mb4) AS key_text,
       m.member_bytes, CONVERT(m.member_bytes USING utf8mb4) AS member_text,
       k.expires_at
  FROM redis_key k
  JOIN redis_set_member m ON m.key_id = k.id
 WHERE k.type = 3
   AND (k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000 AS SIGNED));
/* [jooq ignore stop] */
