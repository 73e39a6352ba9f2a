-- Readable views of the keyspace for DBAs. Both hide expired keys (expires_at <= now, in epoch
-- milliseconds), exactly as every command does, whether or not the cleanup job has run yet.
--
-- v_key:    one row per live key of any type.
--   key_text  the key as text when its bytes are valid UTF-8, else 0x followed by its hex digits
--   key_bytes the key's bytes as stored
--   key_hex   HEX(key_bytes)
--   type      string, hash, list, set, zset or stream (as TYPE answers)
--   expires_at when the key expires (DATETIME(3), session time zone), NULL = never
--   ttl_ms    milliseconds left, NULL = no expiry
-- v_string: the same for string keys, plus their value (value_text / value_bytes / value_hex).
--
-- The jOOQ code generator skips the CREATE VIEW statements (they hold nothing code refers to).

/* [jooq ignore start] */
CREATE VIEW v_key AS
SELECT k.tenant,
       k.db,
       CASE WHEN CONVERT(CONVERT(k.key_bytes USING utf8mb4) USING binary) = k.key_bytes
            THEN CONVERT(k.key_bytes USING utf8mb4)
            ELSE CONCAT('0x', HEX(k.key_bytes)) END AS key_text,
       k.key_bytes,
       HEX(k.key_bytes) AS key_hex,
       CASE k.type WHEN 0 THEN 'string' WHEN 1 THEN 'hash' WHEN 2 THEN 'list'
                   WHEN 3 THEN 'set' WHEN 4 THEN 'zset' WHEN 5 THEN 'stream' END AS type,
       CAST(FROM_UNIXTIME(k.expires_at DIV 1000) + INTERVAL (k.expires_at MOD 1000) * 1000 MICROSECOND
            AS DATETIME(3)) AS expires_at,
       k.expires_at - CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) AS ttl_ms,
       k.id,
       k.version
FROM redis_key k
WHERE k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED);
/* [jooq ignore stop] */

/* [jooq ignore start] */
CREATE VIEW v_string AS
SELECT k.tenant,
       k.db,
       CASE WHEN CONVERT(CONVERT(k.key_bytes USING utf8mb4) USING binary) = k.key_bytes
            THEN CONVERT(k.key_bytes USING utf8mb4)
            ELSE CONCAT('0x', HEX(k.key_bytes)) END AS key_text,
       k.key_bytes,
       HEX(k.key_bytes) AS key_hex,
       CAST(FROM_UNIXTIME(k.expires_at DIV 1000) + INTERVAL (k.expires_at MOD 1000) * 1000 MICROSECOND
            AS DATETIME(3)) AS expires_at,
       k.expires_at - CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) AS ttl_ms,
       CASE WHEN CONVERT(CONVERT(k.str_value USING utf8mb4) USING binary) = k.str_value
            THEN CONVERT(k.str_value USING utf8mb4)
            ELSE CONCAT('0x', HEX(k.str_value)) END AS value_text,
       k.str_value AS value_bytes,
       HEX(k.str_value) AS value_hex,
       k.id,
       k.version
FROM redis_key k
WHERE k.type = 0
  AND (k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED));
/* [jooq ignore stop] */
