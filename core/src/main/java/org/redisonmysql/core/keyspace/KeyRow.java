package org.redisonmysql.core.keyspace;

/** A live key's row as the generic commands see it: identity, type and expiry (null = none). */
public record KeyRow(long id, KeyType type, Long expiresAt) {
}
