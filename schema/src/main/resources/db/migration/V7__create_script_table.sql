-- Lua scripts (EVAL, SCRIPT LOAD), stored by SHA1 so that EVALSHA works on every instance.
-- Scoped by tenant, as everything else: SCRIPT FLUSH by one tenant must not remove another
-- tenant's scripts, and SCRIPT EXISTS must not reveal what other tenants have loaded. The body is
-- binary (a script is any bytes Lua accepts); sha1 is its 40-character lower-case hex SHA1.
CREATE TABLE redis_script (
  tenant      VARCHAR(255) NOT NULL,
  sha1        CHAR(40)     NOT NULL,
  body        LONGBLOB     NOT NULL,
  created_at  BIGINT       NOT NULL,
  PRIMARY KEY (tenant, sha1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
