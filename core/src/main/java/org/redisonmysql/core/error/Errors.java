package org.redisonmysql.core.error;

/** Redis 7's error strings, byte for byte. Keep them here so every family answers alike. */
public final class Errors {
    public static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";
    public static final String SYNTAX = "ERR syntax error";
    public static final String NOT_INTEGER = "ERR value is not an integer or out of range";
    public static final String NOT_FLOAT = "ERR value is not a valid float";
    public static final String OVERFLOW = "ERR increment or decrement would overflow";
    public static final String NOAUTH = "NOAUTH Authentication required.";
    public static final String WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";
    public static final String NO_SUCH_KEY = "ERR no such key";
    public static final String DB_INDEX_OUT_OF_RANGE = "ERR DB index is out of range";
    public static final String INVALID_DB_INDEX = "ERR invalid DB index";

    private Errors() {
    }

    public static RedisException wrongType() {
        return new RedisException(WRONGTYPE);
    }

    public static RedisException syntax() {
        return new RedisException(SYNTAX);
    }

    public static RedisException notInteger() {
        return new RedisException(NOT_INTEGER);
    }

    public static RedisException notFloat() {
        return new RedisException(NOT_FLOAT);
    }

    public static RedisException wrongArity(String commandFullName) {
        return new RedisException("ERR wrong number of arguments for '" + commandFullName + "' command");
    }

    public static RedisException invalidExpireTime(String commandName) {
        return new RedisException("ERR invalid expire time in '" + commandName + "' command");
    }

    public static RedisException unknownSubcommand(String subcommand, String container) {
        return new RedisException("ERR unknown subcommand '" + truncate(subcommand, 128) + "'. Try "
                + container.toUpperCase(java.util.Locale.ROOT) + " HELP.");
    }

    public static RedisException of(String fullMessage) {
        return new RedisException(fullMessage);
    }

    /** Redis prints at most {@code max} bytes of user text in an error ({@code %.128s}). */
    public static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
