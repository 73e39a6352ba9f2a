package org.redisonmysql.it.set;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random walk of set commands over a small key space (members collide, sets empty out,
 * keys change type, STORE overwrites), compared with real Redis 7 reply by reply.
 */
class SetRandomDifferentialTest {
    private static final long SEED = 20240608L;
    private static final int COMMANDS = 2500;

    @Test
    void randomSetCommandsMatchRedis() throws Exception {
        Random rnd = new Random(SEED);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int i = 0; i < COMMANDS; i++) {
                h.run(next(rnd).toArray(new String[0]));
            }
            assertThat(h.mismatches()).as("seed " + SEED).isEmpty();
        }
    }

    private static List<String> next(Random rnd) {
        String key = key(rnd);
        List<String> c = new ArrayList<>();
        switch (rnd.nextInt(20)) {
            case 0, 1, 2, 3 -> {
                c.add("SADD");
                c.add(key);
                int n = 1 + rnd.nextInt(4);
                for (int j = 0; j < n; j++) {
                    c.add(member(rnd));
                }
            }
            case 4, 5 -> {
                c.add("SREM");
                c.add(key);
                int n = 1 + rnd.nextInt(3);
                for (int j = 0; j < n; j++) {
                    c.add(member(rnd));
                }
            }
            case 6 -> c.addAll(List.of("SISMEMBER", key, member(rnd)));
            case 7 -> c.addAll(List.of("SMISMEMBER", key, member(rnd), member(rnd)));
            case 8 -> c.addAll(List.of("SCARD", key));
            case 9 -> c.addAll(List.of("SMEMBERS", key));
            case 10 -> c.addAll(List.of("SMOVE", key, key(rnd), member(rnd)));
            case 11 -> c.addAll(List.of(pick(rnd, "SINTER", "SUNION", "SDIFF"), key, key(rnd), key(rnd)));
            case 12 -> c.addAll(List.of(pick(rnd, "SINTERSTORE", "SUNIONSTORE", "SDIFFSTORE"), key, key(rnd), key(rnd)));
            case 13 -> c.addAll(List.of("SINTERCARD", "2", key, key(rnd), "LIMIT", String.valueOf(rnd.nextInt(3))));
            case 14 -> {
                // Only pops whose effect is known: a random pop would make the two keyspaces differ.
                c.addAll(List.of("SPOP", key, rnd.nextBoolean() ? "0" : "20"));
            }
            case 15 -> {
                c.addAll(List.of("SRANDMEMBER", key));
                if (rnd.nextBoolean()) {
                    c.add(String.valueOf(rnd.nextInt(11) - 5));
                }
            }
            case 16 -> c.addAll(List.of("SSCAN", key, "0", "COUNT", String.valueOf(1 + rnd.nextInt(5))));
            case 17 -> c.addAll(List.of("DEL", key));
            case 18 -> c.addAll(List.of("SET", key, "x"));
            default -> c.addAll(List.of("EXISTS", key));
        }
        return c;
    }

    private static String key(Random rnd) {
        return "s" + rnd.nextInt(4);
    }

    private static String member(Random rnd) {
        return "m" + rnd.nextInt(10);
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }
}
