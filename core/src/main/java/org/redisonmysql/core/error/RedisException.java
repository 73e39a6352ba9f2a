package org.redisonmysql.core.error;

/**
 * A Redis error reply. The message is the whole error line without the leading '-', starting
 * with the error code: {@code "ERR syntax error"}, {@code "WRONGTYPE Operation against ..."}.
 * Thrown by handlers and parsers; the dispatcher turns it into the reply (and rolls back).
 */
public class RedisException extends RuntimeException {
    public RedisException(String fullMessage) {
        super(fullMessage, null, false, false);
    }
}
