package org.redisonmysql.it.strings;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded stream of string commands over a small key space, against real Redis 7 and this server.
 * Commands whose replies depend on timing (TTL) are left out; expiries are far in the future.
 */
class StringsRandomDifferentialTest {
    private static final long SEED = 20240607L;
    private static final int COMMANDS = 3000;
    private static final String[] KEYS = {"a", "b", "c", "d", "\u00e9", "k:1"};
    private static final String[] VALUES = {"", "0", "1", "-1", "12", "0012", "abc", "9223372036854775807",
            "-9223372036854775808", "3.5", "1e3", "hello world", "\u0000\u00ff", "99999999999999999"};

    @Test
    void randomStringCommandsMatchRedis() throws Exception {
        Random random = new Random(SEED);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int i = 0; i < COMMANDS; i++) {
                h.run(next(random).toArray(new String[0]));
            }
            assertThat(h.mismatches()).as("replies that differ from Redis 7 (seed " + SEED + ")").isEmpty();
        }
    }

    private static List<String> next(Random r) {
        String k = pick(r, KEYS);
        String v = pick(r, VALUES);
        String n = String.valueOf(r.nextInt(41) - 20);
        return switch (r.nextInt(24)) {
            case 0 -> List.of("GET", k);
            case 1 -> List.of("SET", k, v);
            case 2 -> List.of("SET", k, v, pick(r, new String[] {"NX", "XX"}));
            case 3 -> List.of("SET", k, v, "GET");
            case 4 -> List.of("SET", k, v, "EX", "100000", pick(r, new String[] {"NX", "XX", "GET"}));
            case 5 -> List.of("SET", k, v, "KEEPTTL");
            case 6 -> List.of("SETNX", k, v);
            case 7 -> List.of("GETSET", k, v);
            case 8 -> List.of("GETDEL", k);
            case 9 -> List.of("MGET", k, pick(r, KEYS), pick(r, KEYS));
            case 10 -> List.of("MSET", k, v, pick(r, KEYS), pick(r, VALUES));
            case 11 -> List.of("MSETNX", k, v, pick(r, KEYS), pick(r, VALUES));
            case 12 -> List.of("APPEND", k, v);
            case 13 -> List.of("STRLEN", k);
            case 14 -> List.of("GETRANGE", k, n, String.valueOf(r.nextInt(41) - 20));
            case 15 -> List.of("SETRANGE", k, String.valueOf(r.nextInt(12)), v);
            case 16 -> List.of("INCR", k);
            case 17 -> List.of("DECR", k);
            case 18 -> List.of("INCRBY", k, n);
            case 19 -> List.of("DECRBY", k, n);
            case 20 -> List.of("INCRBYFLOAT", k, pick(r, new String[] {"1.5", "-0.25", "10", "abc", "1e2"}));
            case 21 -> List.of("LCS", k, pick(r, KEYS), pick(r, new String[] {"LEN", "IDX", "WITHMATCHLEN"}));
            case 22 -> r.nextBoolean() ? List.of("GETEX", k, "PERSIST") : List.of("GETEX", k, "EX", "100000");
            default -> List.of("EXISTS", k);
        };
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
