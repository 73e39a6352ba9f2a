-- List items: one row per element of a list key (redis_key.type = 2), ordered by pos.
--
-- pos: a sparse BIGINT position. LPUSH takes MIN(pos) - 2^24, RPUSH MAX(pos) + 2^24 (both read off
--      the primary key's ends: O(1)); LINSERT takes the midpoint between two neighbours and, only
--      when no integer is left between them, renumbers the list (rare). Index i of the list is the
--      i-th row in pos order: LINDEX/LRANGE near either end walk the primary key from that end.
-- LLEN counts the narrow secondary index ix_redis_list_item_key (key_id, pos), never the blobs.
CREATE TABLE redis_list_item (
  key_id      BIGINT    NOT NULL,
  pos         BIGINT    NOT NULL,
  item_bytes  LONGBLOB  NOT NULL,
  PRIMARY KEY (key_id, pos),
  CONSTRAINT fk_redis_list_item_key FOREIGN KEY (key_id) REFERENCES redis_key (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_redis_list_item_key ON redis_list_item (key_id);

-- For DBAs: live list items in list order, readable. Expired keys are hidden.
/* [jooq ignore start] */
CREATE VIEW v_list AS
SELECT k.tenant, k.db, k.key_bytes, CONVERT(k.key_bytes USING utf8mb4) AS key_text,
       i.pos, i.item_bytes, CONVERT(i.item_bytes USING utf8mb4) AS item_text,
       k.expires_at
  FROM redis_key k
  JOIN redis_list_item i ON i.key_id = k.id
 WHERE k.type = 2
   AND (k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000 AS SIGNED));
/* [jooq ignore stop] */
