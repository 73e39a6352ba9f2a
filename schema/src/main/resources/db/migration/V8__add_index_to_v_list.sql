-- v_list shows each element's list index (0 = head), as LINDEX and LRANGE number them, next to
-- its internal position. Window functions: MySQL 8.0+ and MariaDB 10.2+.
/* [jooq ignore start] */
CREATE OR REPLACE VIEW v_list AS
SELECT k.tenant, k.db, k.key_bytes, CONVERT(k.key_bytes USING utf8mb4) AS key_text,
       ROW_NUMBER() OVER (PARTITION BY i.key_id ORDER BY i.pos) - 1 AS list_index,
       i.pos, i.item_bytes, CONVERT(i.item_bytes USING utf8mb4) AS item_text,
       k.expires_at
  FROM redis_key k
  JOIN redis_list_item i ON i.key_id = k.id
 WHERE k.type = 2
   AND (k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000 AS SIGNED));
/* [jooq ignore stop] */
