package org.redisonmysql.it.hll;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random walk of PFADD / PFCOUNT / PFMERGE over a few keys, with enough elements that
 * sparse values get promoted to dense, compared with real Redis 7 reply by reply: estimates must
 * be equal, and GET compares the stored HLL bytes (registers and cached cardinality). APPEND and
 * SETRANGE now and then break a value, so the error paths are walked too.
 */
class HyperLogLogRandomDifferentialTest {
    private static final long SEED = 20240612L;
    private static final int COMMANDS = 1200;

    @Test
    void randomHyperLogLogCommandsMatchRedis() throws Exception {
        Random rnd = new Random(SEED);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int i = 0; i < COMMANDS; i++) {
                h.run(next(rnd).toArray(new String[0]));
            }
            assertThat(h.mismatches()).as("seed " + SEED).isEmpty();
        }
    }

    private static List<String> next(Random rnd) {
        String key = "p" + rnd.nextInt(4);
        List<String> c = new ArrayList<>();
        switch (rnd.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5 -> {
                c.addAll(List.of("PFADD", key));
                int n = rnd.nextInt(4) == 0 ? rnd.nextInt(400) : rnd.nextInt(5);
                int space = rnd.nextBoolean() ? 50 : 100_000;
                for (int j = 0; j < n; j++) {
                    c.add("e" + rnd.nextInt(space));
                }
            }
            case 6, 7, 8 -> c.addAll(List.of("PFCOUNT", key));
            case 9, 10 -> {
                c.addAll(List.of("PFCOUNT", key));
                for (int j = rnd.nextInt(3); j >= 0; j--) {
                    c.add("p" + rnd.nextInt(5));
                }
            }
            case 11, 12 -> {
                c.addAll(List.of("PFMERGE", key));
                for (int j = rnd.nextInt(3); j >= 0; j--) {
                    c.add("p" + rnd.nextInt(5));
                }
            }
            case 13, 14 -> c.addAll(List.of("GET", key));
            case 15 -> c.addAll(List.of("DEL", key));
            case 16 -> c.addAll(List.of("APPEND", key, List.of("\u0001", "ab", "\u007f").get(rnd.nextInt(3))));
            case 17 -> c.addAll(List.of("SETRANGE", key, String.valueOf(16 + rnd.nextInt(8)), "\u0010"));
            case 18 -> c.addAll(List.of("SET", key, "plain"));
            default -> c.addAll(List.of("HSET", key, "f", "v"));
        }
        return c;
    }
}
