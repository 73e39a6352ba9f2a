package org.redisonmysql.it.hash;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random walk of hash commands over a small key space (so fields collide, hashes empty
 * out and keys change type), compared with real Redis 7 reply by reply.
 */
class HashRandomDifferentialTest {
    private static final long SEED = 20240607L;
    private static final int COMMANDS = 2500;

    @Test
    void randomHashCommandsMatchRedis() throws Exception {
        Random rnd = new Random(SEED);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int i = 0; i < COMMANDS; i++) {
                h.run(next(rnd).toArray(new String[0]));
            }
            assertThat(h.mismatches()).as("seed " + SEED).isEmpty();
        }
    }

    private static List<String> next(Random rnd) {
        String key = "h" + rnd.nextInt(4);
        List<String> c = new ArrayList<>();
        switch (rnd.nextInt(20)) {
            case 0, 1, 2 -> {
                c.add(rnd.nextBoolean() ? "HSET" : "HMSET");
                c.add(key);
                int n = 1 + rnd.nextInt(3);
                for (int j = 0; j < n; j++) {
                    c.add(field(rnd));
                    c.add(value(rnd));
                }
            }
            case 3 -> c.addAll(List.of("HSETNX", key, field(rnd), value(rnd)));
            case 4, 5 -> {
                c.add("HDEL");
                c.add(key);
                int n = 1 + rnd.nextInt(3);
                for (int j = 0; j < n; j++) {
                    c.add(field(rnd));
                }
            }
            case 6 -> c.addAll(List.of("HGET", key, field(rnd)));
            case 7 -> c.addAll(List.of("HMGET", key, field(rnd), field(rnd), field(rnd)));
            case 8 -> c.addAll(List.of("HINCRBY", key, field(rnd), String.valueOf(rnd.nextInt(21) - 10)));
            case 9 -> c.addAll(List.of("HINCRBYFLOAT", key, field(rnd), (rnd.nextInt(41) - 20) / 4.0 + ""));
            case 10 -> c.addAll(List.of("HLEN", key));
            case 11 -> c.addAll(List.of("HEXISTS", key, field(rnd)));
            case 12 -> c.addAll(List.of("HSTRLEN", key, field(rnd)));
            case 13 -> c.addAll(List.of("HGETALL", key));
            case 14 -> c.addAll(List.of(rnd.nextBoolean() ? "HKEYS" : "HVALS", key));
            case 15 -> {
                c.addAll(List.of("HRANDFIELD", key));
                if (rnd.nextBoolean()) {
                    c.add(String.valueOf(rnd.nextInt(11) - 5));
                    if (rnd.nextBoolean()) {
                        c.add("WITHVALUES");
                    }
                }
            }
            case 16 -> c.addAll(List.of("HSCAN", key, "0", "COUNT", String.valueOf(1 + rnd.nextInt(5))));
            case 17 -> c.addAll(List.of("DEL", key));
            case 18 -> c.addAll(List.of("SET", key, value(rnd)));
            default -> c.addAll(List.of("EXISTS", key));
        }
        return c;
    }

    private static String field(Random rnd) {
        return "f" + rnd.nextInt(8);
    }

    private static String value(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> String.valueOf(rnd.nextInt(200) - 100);
            case 1 -> "v" + rnd.nextInt(10);
            case 2 -> (rnd.nextInt(100) - 50) / 8.0 + "";
            default -> "";
        };
    }
}
