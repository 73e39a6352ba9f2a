package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GEODIST in every unit against Redis 7.0.15's replies. */
class GeoDistanceVectorsTest {

    static Map<String, Double> scores() {
        Map<String, Double> scores = new HashMap<>();
        for (String[] r : Vectors.rows("points.tsv.gz")) {
            scores.put(r[0] + "/" + r[1], Vectors.parse(r[4]));
        }
        return scores;
    }

    @Test
    void geodistMatchesRedisInEveryUnit() {
        Map<String, Double> scores = scores();
        List<String[]> rows = Vectors.rows("dist.tsv.gz");
        assertThat(rows).hasSizeGreaterThan(3000);
        GeoUnit[] units = {GeoUnit.M, GeoUnit.KM, GeoUnit.MI, GeoUnit.FT};
        List<String> mismatches = new ArrayList<>();
        int bitExact = 0;
        int meridian = 0;
        for (String[] r : rows) {
            double[] a = GeoHash.decode(scores.get(r[0] + "/" + r[1]));
            double[] b = GeoHash.decode(scores.get(r[0] + "/" + r[2]));
            double d = GeoDistance.distance(a[0], a[1], b[0], b[1]);
            for (int u = 0; u < 4; u++) {
                String got = GeoDistance.formatInUnit(d, units[u]);
                if (!got.equals(r[3 + u])) {
                    mismatches.add(String.join(" ", r) + " unit=" + units[u] + " ours=" + got);
                }
            }
            if (d == Double.parseDouble(r[7])) {
                bitExact++;
            }
            if (r[0].equals("meridian") && a[0] == b[0]) {
                meridian++;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(meridian).as("pairs on one meridian (Redis's equal-longitude shortcut)").isGreaterThan(20);
        System.out.printf("GEODIST: %d pairs, %d bit-identical to glibc%n", rows.size(), bitExact);
    }
}
