package org.redisonmysql.it.list;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random walk of list commands over a few keys (lists empty out, change type, move into
 * each other, and LINSERT piles up at one spot so positions get renumbered), compared with real
 * Redis 7 reply by reply.
 */
class ListRandomDifferentialTest {
    private static final long SEED = 20240611L;
    private static final int COMMANDS = 3000;

    @Test
    void randomListCommandsMatchRedis() throws Exception {
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
        switch (rnd.nextInt(24)) {
            case 0, 1, 2, 3 -> {
                c.add(List.of("LPUSH", "RPUSH", "LPUSHX", "RPUSHX").get(rnd.nextInt(4)));
                c.add(key);
                int n = 1 + rnd.nextInt(4);
                for (int j = 0; j < n; j++) {
                    c.add(value(rnd));
                }
            }
            case 4, 5 -> {
                c.add(rnd.nextBoolean() ? "LPOP" : "RPOP");
                c.add(key);
                if (rnd.nextBoolean()) {
                    c.add(String.valueOf(rnd.nextInt(5) - 1));
                }
            }
            case 6 -> c.addAll(List.of("LLEN", key));
            case 7, 8 -> c.addAll(List.of("LRANGE", key, index(rnd), index(rnd)));
            case 9 -> c.addAll(List.of("LINDEX", key, index(rnd)));
            case 10 -> c.addAll(List.of("LSET", key, index(rnd), value(rnd)));
            case 11, 12 -> c.addAll(List.of("LINSERT", key, rnd.nextBoolean() ? "BEFORE" : "AFTER", value(rnd), value(rnd)));
            case 13 -> c.addAll(List.of("LREM", key, String.valueOf(rnd.nextInt(7) - 3), value(rnd)));
            case 14 -> c.addAll(List.of("LTRIM", key, index(rnd), index(rnd)));
            case 15 -> {
                c.addAll(List.of("LPOS", key, value(rnd)));
                if (rnd.nextBoolean()) {
                    c.addAll(List.of("RANK", String.valueOf(rnd.nextBoolean() ? 1 + rnd.nextInt(3) : -1 - rnd.nextInt(3))));
                }
                if (rnd.nextBoolean()) {
                    c.addAll(List.of("COUNT", String.valueOf(rnd.nextInt(3))));
                }
                if (rnd.nextBoolean()) {
                    c.addAll(List.of("MAXLEN", String.valueOf(rnd.nextInt(6))));
                }
            }
            case 16 -> c.addAll(List.of("RPOPLPUSH", key, key(rnd)));
            case 17 -> c.addAll(List.of("LMOVE", key, key(rnd), side(rnd), side(rnd)));
            case 18 -> {
                c.addAll(List.of("LMPOP", "2", key, key(rnd), side(rnd)));
                if (rnd.nextBoolean()) {
                    c.addAll(List.of("COUNT", String.valueOf(1 + rnd.nextInt(4))));
                }
            }
            case 19 -> c.addAll(List.of(rnd.nextBoolean() ? "BLPOP" : "BRPOP", key, key(rnd), "0.01"));
            case 20 -> c.addAll(List.of("DEL", key));
            case 21 -> c.addAll(List.of("SET", key, value(rnd)));
            case 22 -> c.addAll(List.of("BLMOVE", key, key(rnd), side(rnd), side(rnd), "0.01"));
            default -> c.addAll(List.of("LRANGE", key, "0", "-1"));
        }
        return c;
    }

    private static String key(Random rnd) {
        return "l" + rnd.nextInt(3);
    }

    private static String side(Random rnd) {
        return rnd.nextBoolean() ? "LEFT" : "RIGHT";
    }

    private static String index(Random rnd) {
        return String.valueOf(rnd.nextInt(13) - 6);
    }

    private static String value(Random rnd) {
        return "v" + rnd.nextInt(5);
    }
}
