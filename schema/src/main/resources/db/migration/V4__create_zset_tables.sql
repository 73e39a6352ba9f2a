-- Sorted-set members: one row per member of a zset key (redis_key.type = 4).
--
-- member:        the member's bytes, any length (binary-safe).
-- member_hash:   SHA-256 of member; the member's identity within its key (uniqueness, point lookups).
-- member_prefix: the first 255 bytes of member, so members of equal score sort by an index;
--                members longer than that which share the prefix are ordered by full bytes in Java.
-- score_key:     the score as an order-preserving BIGINT (IEEE-754 bits with the negative range
--                flipped), because DOUBLE cannot hold Redis's inf/-inf scores. Every range, rank and
--                ordering uses this column.
-- score:         the same score as a DOUBLE for people reading the table; NULL for +inf/-inf
--                (see v_zset). -0 is stored as 0, as Redis's small (listpack) sorted sets do.
CREATE TABLE redis_zset_member (
  key_id        BIGINT         NOT NULL,
  member_hash   BINARY(32)     NOT NULL,
  member_prefix VARBINARY(255) NOT NULL,
  member        LONGBLOB       NOT NULL,
  score_key     BIGINT         NOT NULL,
  score         DOUBLE         NULL,
  PRIMARY KEY (key_id, member_hash),
  CONSTRAINT fk_redis_zset_member_key FOREIGN KEY (key_id) REFERENCES redis_key (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- ZRANGE by rank or score, ZCOUNT, ZRANK, ZPOPMIN/ZPOPMAX walk this index in Redis's order
-- (score, then member bytes).
CREATE INDEX ix_redis_zset_member_order ON redis_zset_member (key_id, score_key, member_prefix, member_hash);

/* [jooq ignore start] */
-- For DBAs: live sorted-set members, readable. Expired keys are hidden.
CREATE VIEW v_zset AS
SELECT k.tenant,
       k.db,
       k.key_bytes,
       m.member,
       CASE WHEN m.score IS NOT NULL THEN CAST(m.score AS CHAR)
            WHEN m.score_key > 0 THEN 'inf'
            ELSE '-inf' END AS score,
       k.expires_at
FROM redis_key k
JOIN redis_zset_member m ON m.key_id = k.id
WHERE k.type = 4
  AND (k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED));
/* [jooq ignore stop] */
