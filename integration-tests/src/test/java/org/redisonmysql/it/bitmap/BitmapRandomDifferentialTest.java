package org.redisonmysql.it.bitmap;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random walk of bitmap and BITFIELD commands over a few keys, mixed with the string
 * commands that change the same bytes (SET, APPEND, SETRANGE) and with a hash now and then (so
 * WRONGTYPE and type changes happen), compared with real Redis 7 reply by reply; GET compares
 * the bytes themselves.
 */
class BitmapRandomDifferentialTest {
    private static final long SEED = 20240611L;
    private static final int COMMANDS = 2500;

    @Test
    void randomBitmapCommandsMatchRedis() throws Exception {
        Random rnd = new Random(SEED);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int i = 0; i < COMMANDS; i++) {
                h.run(next(rnd).toArray(new String[0]));
            }
            assertThat(h.mismatches()).as("seed " + SEED).isEmpty();
        }
    }

    private static List<String> next(Random rnd) {
        String key = "b" + rnd.nextInt(4);
        List<String> c = new ArrayList<>();
        switch (rnd.nextInt(22)) {
            case 0, 1, 2, 3 -> c.addAll(List.of("SETBIT", key, offset(rnd), String.valueOf(rnd.nextInt(rnd.nextInt(10) == 0 ? 3 : 2))));
            case 4, 5 -> c.addAll(List.of("GETBIT", key, offset(rnd)));
            case 6, 7 -> {
                c.addAll(List.of("BITCOUNT", key));
                range(rnd, c, 3);
            }
            case 8, 9 -> {
                c.addAll(List.of("BITPOS", key, String.valueOf(rnd.nextInt(10) == 0 ? 2 : rnd.nextInt(2))));
                range(rnd, c, 1 + rnd.nextInt(3));
            }
            case 10, 11 -> {
                String op = List.of("AND", "OR", "XOR", "NOT", "and").get(rnd.nextInt(5));
                c.addAll(List.of("BITOP", op, "b" + rnd.nextInt(4)));
                int n = op.equalsIgnoreCase("NOT") && rnd.nextInt(5) > 0 ? 1 : 1 + rnd.nextInt(3);
                for (int j = 0; j < n; j++) {
                    c.add("b" + rnd.nextInt(5));
                }
            }
            case 12, 13, 14 -> bitfield(rnd, c, key, false);
            case 15 -> bitfield(rnd, c, key, true);
            case 16 -> c.addAll(List.of("GET", key));
            case 17 -> c.addAll(List.of("SET", key, List.of("", "a", "foobar", "123", "\u00ff\u0001").get(rnd.nextInt(5))));
            case 18 -> c.addAll(List.of(rnd.nextBoolean() ? "APPEND" : "STRLEN", key, "xy").subList(0, 2 + (rnd.nextBoolean() ? 1 : 0)));
            case 19 -> c.addAll(List.of("SETRANGE", key, String.valueOf(rnd.nextInt(12)), "Z"));
            case 20 -> c.addAll(List.of("DEL", key));
            default -> c.addAll(List.of("HSET", key, "f", "v"));
        }
        if (c.get(0).equals("STRLEN") && c.size() > 2) {
            c.remove(2);
        }
        return c;
    }

    private static String offset(Random rnd) {
        return switch (rnd.nextInt(12)) {
            case 0 -> String.valueOf(rnd.nextInt(4000));
            case 1 -> List.of("-1", "x", "4294967296", "1.5").get(rnd.nextInt(4));
            default -> String.valueOf(rnd.nextInt(96));
        };
    }

    private static void range(Random rnd, List<String> c, int max) {
        int n = rnd.nextInt(max + 1);
        if (n >= 1) {
            c.add(String.valueOf(rnd.nextInt(30) - 12));
        }
        if (n >= 2) {
            c.add(String.valueOf(rnd.nextInt(30) - 12));
        }
        if (n >= 3) {
            c.add(List.of("BIT", "BYTE", "bit", "bad").get(rnd.nextInt(4)));
        }
    }

    private static void bitfield(Random rnd, List<String> c, String key, boolean ro) {
        c.addAll(List.of(ro ? "BITFIELD_RO" : "BITFIELD", key));
        int n = rnd.nextInt(4);
        for (int j = 0; j < n; j++) {
            String type = (rnd.nextBoolean() ? "i" : "u") + (1 + rnd.nextInt(rnd.nextInt(6) == 0 ? 64 : 16));
            String off = rnd.nextInt(4) == 0 ? "#" + rnd.nextInt(6) : String.valueOf(rnd.nextInt(64));
            String value = String.valueOf(rnd.nextInt(8) == 0 ? rnd.nextLong() : rnd.nextInt(600) - 300);
            switch (rnd.nextInt(ro ? 6 : 4)) {
                case 0 -> c.addAll(List.of("SET", type, off, value));
                case 1 -> c.addAll(List.of("INCRBY", type, off, value));
                case 2 -> c.addAll(List.of("OVERFLOW", List.of("WRAP", "SAT", "FAIL").get(rnd.nextInt(3))));
                default -> c.addAll(List.of("GET", type, off));
            }
        }
    }
}
