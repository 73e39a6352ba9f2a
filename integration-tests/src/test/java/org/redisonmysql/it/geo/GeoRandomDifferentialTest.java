package org.redisonmysql.it.geo;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random geo workload against real Redis 7 and this server: thousands of points over both
 * hemispheres with clusters at the latitude limits and on both sides of the antimeridian, then
 * searches of every form (radius and box, every unit, ASC/DESC, COUNT with and without ANY, the
 * WITH options, STORE/STOREDIST read back with ZRANGE) from centres in the same tricky places.
 */
class GeoRandomDifferentialTest {
    private static final String[] UNITS = {"m", "km", "mi", "ft", "KM"};

    @Test
    void randomPointsAndSearchesMatchRedis() {
        Random r = new Random(20240611L);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int batch = 0; batch < 60; batch++) {
                List<String> cmd = new ArrayList<>(List.of("GEOADD", batch % 5 == 0 ? "few" : "pts"));
                for (int i = 0; i < 60; i++) {
                    double[] p = point(r);
                    cmd.add(fmt(p[0]));
                    cmd.add(fmt(p[1]));
                    cmd.add("p" + r.nextInt(4000));
                }
                h.run(cmd.toArray(new String[0]));
            }
            h.run("ZCARD", "pts");
            int found = 0;
            for (int i = 0; i < 600; i++) {
                String reply = h.run(search(r).toArray(new String[0]));
                found += reply.startsWith("*0") || reply.startsWith(":0") || reply.startsWith("-") ? 0 : 1;
            }
            // The workload must actually find members (not only empty replies and errors).
            assertThat(found).isGreaterThan(200);
            for (int i = 0; i < 100; i++) {
                String a = "p" + r.nextInt(4000);
                String b = "p" + r.nextInt(4000);
                h.run("GEODIST", "pts", a, b, UNITS[r.nextInt(UNITS.length)]);
                h.run("GEOPOS", "pts", a, b);
                h.run("GEOHASH", "pts", a, b);
            }
            assertThat(h.mismatches()).isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A position: uniform, or in a cluster near a pole limit, the antimeridian or the origin. */
    static double[] point(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return new double[] {r.nextDouble() * 360 - 180, r.nextDouble() * 170.1 - 85.05};
            case 1:
                return new double[] {r.nextDouble() * 360 - 180, (r.nextBoolean() ? 1 : -1) * (80 + r.nextDouble() * 5.05)};
            case 2:
                return new double[] {(r.nextBoolean() ? 1 : -1) * (179 + r.nextDouble()), r.nextDouble() * 40 - 20};
            case 3:
                return new double[] {r.nextGaussian() * 0.5, r.nextGaussian() * 0.5};
            case 4:
                return new double[] {13 + r.nextDouble() * 3, 36 + r.nextDouble() * 3};
            default:
                return new double[] {(r.nextBoolean() ? 1 : -1) * (179.5 + r.nextDouble() * 0.5),
                        (r.nextBoolean() ? 1 : -1) * (82 + r.nextDouble() * 3.05)};
        }
    }

    static String fmt(double v) {
        double clamped = Math.max(-180, Math.min(180, v));
        return String.format(Locale.ROOT, "%.6f", clamped);
    }

    private static String radius(Random r) {
        double metres = Math.pow(10, r.nextDouble() * 7.3);
        return String.format(Locale.ROOT, "%.3f", metres / 1000);
    }

    private static List<String> search(Random r) {
        String key = r.nextInt(4) == 0 ? "few" : "pts";
        double[] c = r.nextInt(5) == 0 ? new double[] {r.nextBoolean() ? 180 : -180, r.nextDouble() * 20 - 10} : point(r);
        List<String> cmd = new ArrayList<>();
        int form = r.nextInt(6);
        boolean store = false;
        String unit = UNITS[r.nextInt(UNITS.length)];
        if (form <= 2) {
            store = form == 2;
            cmd.add(store ? "GEOSEARCHSTORE" : "GEOSEARCH");
            if (store) {
                cmd.add("dst");
            }
            cmd.add(key);
            if (r.nextInt(3) == 0) {
                cmd.addAll(List.of("FROMMEMBER", "p" + r.nextInt(4000)));
            } else {
                cmd.addAll(List.of("FROMLONLAT", fmt(c[0]), fmt(c[1])));
            }
            if (r.nextBoolean()) {
                cmd.addAll(List.of("BYRADIUS", radius(r), "km"));
            } else {
                cmd.addAll(List.of("BYBOX", radius(r), radius(r), "km"));
            }
            if (store && r.nextBoolean()) {
                cmd.add("STOREDIST");
            }
        } else if (form <= 4) {
            cmd.addAll(List.of(r.nextBoolean() ? "GEORADIUS" : "GEORADIUS_RO", key, fmt(c[0]), fmt(c[1]), radius(r), "km"));
        } else {
            cmd.addAll(List.of(r.nextBoolean() ? "GEORADIUSBYMEMBER" : "GEORADIUSBYMEMBER_RO", key,
                    "p" + r.nextInt(4000), radius(r), "km"));
        }
        if (!cmd.get(0).endsWith("_RO") && !store && cmd.get(0).startsWith("GEORADIUS") && r.nextInt(4) == 0) {
            cmd.addAll(List.of(r.nextBoolean() ? "STORE" : "STOREDIST", "dst"));
            store = true;
        }
        // Sizes were written in km; ask in a random unit half of the time (same size, other number).
        if (r.nextBoolean()) {
            int unitAt = cmd.indexOf("km");
            cmd.set(unitAt, unit);
        }
        int order = r.nextInt(3);
        if (order == 1) {
            cmd.add("ASC");
        } else if (order == 2) {
            cmd.add("DESC");
        }
        if (r.nextInt(3) == 0) {
            cmd.addAll(List.of("COUNT", String.valueOf(1 + r.nextInt(20))));
            if (r.nextInt(3) == 0) {
                cmd.add("ANY");
            }
        }
        if (!store) {
            for (String w : new String[] {"WITHDIST", "WITHHASH", "WITHCOORD"}) {
                if (r.nextInt(3) == 0) {
                    cmd.add(w);
                }
            }
        }
        return cmd;
    }
}
