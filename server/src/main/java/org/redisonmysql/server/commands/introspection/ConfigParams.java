package org.redisonmysql.server.commands.introspection;

import org.redisonmysql.core.error.RedisException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Redis parameters that clients and tools read with CONFIG GET or set with CONFIG SET, with
 * Redis 7.0's defaults and value rules. This is data, not behaviour: values set are only remembered
 * (per instance, in {@code ServerState.redisConfig()}) and read back.
 *
 * <p>What actually has an effect here: {@code databases} and {@code port} are read from this
 * server's own configuration (and are immutable, as in Redis); nothing else changes how the server
 * behaves (no eviction, persistence is MySQL's, timeouts and limits come from the server's own
 * settings). {@code notify-keyspace-events} is only stored: keyspace notifications are not sent.
 */
public final class ConfigParams {
    /** How a value is checked and normalised on CONFIG SET. */
    public enum Kind { BOOL, INT, MEMORY, ENUM, STRING, IMMUTABLE }

    /** One parameter: default text, kind, and for INT the range, for ENUM the choices. */
    public record Param(String name, String defaultValue, Kind kind, long min, long max, List<String> choices) {
    }

    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final long LONG_MAX = Long.MAX_VALUE;
    private static final Map<String, Param> PARAMS = new LinkedHashMap<>();

    static {
        mem("maxmemory", "0");
        en("maxmemory-policy", "noeviction", "volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl",
                "allkeys-lru", "allkeys-lfu", "allkeys-random", "noeviction");
        num("maxmemory-samples", "5", 1, 64);
        num("maxmemory-eviction-tenacity", "10", 0, 100);
        mem("maxmemory-clients", "0");
        str("save", "3600 1 300 100 60 10000");
        bool("appendonly", "no");
        en("appendfsync", "everysec", "always", "everysec", "no");
        fixed("databases", "16");
        num("timeout", "0", 0, INT_MAX);
        str("notify-keyspace-events", "");
        num("maxclients", "10000", 1, INT_MAX);
        mem("proto-max-bulk-len", "536870912");
        mem("client-query-buffer-limit", "1073741824");
        str("client-output-buffer-limit", "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60");
        num("slowlog-log-slower-than", "10000", -1, LONG_MAX);
        num("slowlog-max-len", "128", 0, LONG_MAX);
        num("lua-time-limit", "5000", 0, LONG_MAX);
        num("busy-reply-threshold", "5000", 0, LONG_MAX);
        fixed("cluster-enabled", "no");
        num("cluster-node-timeout", "15000", 0, LONG_MAX);
        num("tcp-keepalive", "300", 0, INT_MAX);
        fixed("tcp-backlog", "511");
        fixed("port", "6379");
        str("bind", "* -::*");
        bool("protected-mode", "yes");
        str("requirepass", "");
        num("hz", "10", 0, INT_MAX);
        str("dir", "");
        str("dbfilename", "dump.rdb");
        en("loglevel", "notice", "debug", "verbose", "notice", "warning");
        fixed("logfile", "");
        fixed("daemonize", "no");
        fixed("io-threads", "1");
        num("list-max-listpack-size", "-2", Integer.MIN_VALUE, INT_MAX);
        num("list-compress-depth", "0", 0, INT_MAX);
        num("hash-max-listpack-entries", "512", 0, LONG_MAX);
        num("hash-max-listpack-value", "64", 0, LONG_MAX);
        num("set-max-intset-entries", "512", 0, LONG_MAX);
        num("zset-max-listpack-entries", "128", 0, LONG_MAX);
        num("zset-max-listpack-value", "64", 0, LONG_MAX);
        mem("stream-node-max-bytes", "4096");
        num("stream-node-max-entries", "100", 0, LONG_MAX);
        bool("lazyfree-lazy-user-flush", "no");
        num("latency-monitor-threshold", "0", 0, LONG_MAX);
        bool("replica-read-only", "yes");
        num("min-replicas-to-write", "0", 0, INT_MAX);
        num("active-expire-effort", "1", 1, 10);
        num("lfu-log-factor", "10", 0, INT_MAX);
        num("lfu-decay-time", "1", 0, INT_MAX);
    }

    private ConfigParams() {
    }

    private static void put(String name, String def, Kind kind, long min, long max, List<String> choices) {
        PARAMS.put(name, new Param(name, def, kind, min, max, choices));
    }

    private static void mem(String n, String d) {
        put(n, d, Kind.MEMORY, 0, LONG_MAX, List.of());
    }

    private static void num(String n, String d, long min, long max) {
        put(n, d, Kind.INT, min, max, List.of());
    }

    private static void bool(String n, String d) {
        put(n, d, Kind.BOOL, 0, 0, List.of());
    }

    private static void str(String n, String d) {
        put(n, d, Kind.STRING, 0, 0, List.of());
    }

    private static void fixed(String n, String d) {
        put(n, d, Kind.IMMUTABLE, 0, 0, List.of());
    }

    private static void en(String n, String d, String... choices) {
        put(n, d, Kind.ENUM, 0, 0, List.of(choices));
    }

    public static Map<String, Param> all() {
        return PARAMS;
    }

    public static Param get(String name) {
        return PARAMS.get(name.toLowerCase(Locale.ROOT));
    }

    /** The stored form of {@code value}, or Redis's CONFIG SET error for it. */
    public static String normalise(Param p, String value) {
        switch (p.kind()) {
            case IMMUTABLE -> throw failed(p, "can't set immutable config");
            case BOOL -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("yes") && !v.equals("no")) {
                    throw failed(p, "argument must be 'yes' or 'no'");
                }
                return v;
            }
            case ENUM -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!p.choices().contains(v)) {
                    throw failed(p, "argument(s) must be one of the following: " + String.join(", ", p.choices()));
                }
                return v;
            }
            case MEMORY -> {
                Long bytes = memory(value);
                if (bytes == null) {
                    throw failed(p, "argument must be a memory value");
                }
                return Long.toString(bytes);
            }
            case INT -> {
                long v;
                try {
                    v = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw failed(p, "argument couldn't be parsed into an integer");
                }
                if (v < p.min() || v > p.max()) {
                    throw failed(p, "argument must be between " + p.min() + " and " + p.max() + " inclusive");
                }
                return Long.toString(v);
            }
            default -> {
                return value;
            }
        }
    }

    static RedisException failed(Param p, String why) {
        return new RedisException("ERR CONFIG SET failed (possibly related to argument '" + p.name() + "') - " + why);
    }

    /** Redis's memtoull: a number with an optional b/k/kb/m/mb/g/gb unit (any case). */
    static Long memory(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        long mul = 1;
        String[][] units = {{"gb", "1073741824"}, {"mb", "1048576"}, {"kb", "1024"}, {"g", "1000000000"},
                {"m", "1000000"}, {"k", "1000"}, {"b", "1"}};
        for (String[] u : units) {
            if (s.endsWith(u[0])) {
                mul = Long.parseLong(u[1]);
                s = s.substring(0, s.length() - u[0].length());
                break;
            }
        }
        if (s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return Math.multiplyExact(Long.parseLong(s), mul);
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
