-- Redis 7 function libraries (FUNCTION LOAD, FCALL), stored per tenant so that a library loaded
-- through one server instance is callable through every other one. `code` is the whole payload
-- given to FUNCTION LOAD (shebang included), as FUNCTION LIST WITHCODE and FUNCTION DUMP return it.
-- Library names are letters, digits and underscores only (Redis checks this before storing).
CREATE TABLE redis_function_library (
  tenant      VARCHAR(255) NOT NULL,
  name        VARCHAR(512) NOT NULL,
  code        LONGBLOB     NOT NULL,
  created_at  BIGINT       NOT NULL,
  PRIMARY KEY (tenant, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per tenant that has ever loaded a library: `version` grows with every change to the
-- tenant's libraries (LOAD, DELETE, FLUSH, RESTORE). Every change locks this row first, so changes
-- are serialised; FCALL reads it with one primary-key lookup and reuses the libraries compiled for
-- that version on its instance, rebuilding them only when another change was committed.
CREATE TABLE redis_function_version (
  tenant   VARCHAR(255) NOT NULL,
  version  BIGINT       NOT NULL,
  PRIMARY KEY (tenant)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
