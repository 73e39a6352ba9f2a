package org.redisonmysql.core.keyspace;

/** The type of a key, as stored in {@code redis_key.type} and as TYPE names it. */
public enum KeyType {
    STRING(0, "string"),
    HASH(1, "hash"),
    LIST(2, "list"),
    SET(3, "set"),
    ZSET(4, "zset"),
    STREAM(5, "stream");

    private static final KeyType[] BY_CODE = values();

    private final byte code;
    private final String redisName;

    KeyType(int code, String redisName) {
        this.code = (byte) code;
        this.redisName = redisName;
    }

    public byte code() {
        return code;
    }

    public String redisName() {
        return redisName;
    }

    public static KeyType ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalStateException("unknown key type code " + code);
        }
        return BY_CODE[code];
    }

    /** By the name TYPE and SCAN ... TYPE use; null when unknown. */
    public static KeyType ofRedisName(String name) {
        for (KeyType t : BY_CODE) {
            if (t.redisName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
