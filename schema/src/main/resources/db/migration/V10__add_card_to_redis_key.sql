-- card: the number of members of a collection key (hash fields, list items, set members, sorted-set
-- members); 0 for strings. Every write that adds or removes child rows changes it in the same
-- transaction, under the key row's lock, by the statement's affected-row count; so HLEN, LLEN,
-- SCARD and ZCARD are one primary-key read, pushes answer the new length without counting, and
-- "the last member went, the key goes" is a test on card instead of an EXISTS over the children.
ALTER TABLE redis_key ADD COLUMN card BIGINT NOT NULL DEFAULT 0;

-- Existing collections get their real counts (type 1 = hash, 2 = list, 3 = set, 4 = zset).
/* [jooq ignore start] */
UPDATE redis_key k SET k.card = (SELECT COUNT(*) FROM redis_hash_field c WHERE c.key_id = k.id) WHERE k.type = 1;
UPDATE redis_key k SET k.card = (SELECT COUNT(*) FROM redis_list_item c WHERE c.key_id = k.id) WHERE k.type = 2;
UPDATE redis_key k SET k.card = (SELECT COUNT(*) FROM redis_set_member c WHERE c.key_id = k.id) WHERE k.type = 3;
UPDATE redis_key k SET k.card = (SELECT COUNT(*) FROM redis_zset_member c WHERE c.key_id = k.id) WHERE k.type = 4;
/* [jooq ignore stop] */

-- v_key shows it as members (NULL for strings).
/* [jooq ignore start] */
CREATE OR REPLACE VIEW v_key AS
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
       k.version,
       CASE WHEN k.type = 0 THEN NULL ELSE k.card END AS members
FROM redis_key k
WHERE k.expires_at IS NULL OR k.expires_at > CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED);
/* [jooq ignore stop] */
