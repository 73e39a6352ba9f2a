package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GEOADD scores, GEOPOS, GEOHASH and coordinate validation against Redis 7.0.15's replies. */
class GeoHashVectorsTest {

    @Test
    void geoaddScoreGeoposAndGeohashMatchRedisForEveryPoint() {
        List<String[]> rows = Vectors.rows("points.tsv.gz");
        assertThat(rows).hasSizeGreaterThan(8000);
        List<String> mismatches = new ArrayList<>();
        for (String[] r : rows) {
            double lon = Vectors.parse(r[2]);
            double lat = Vectors.parse(r[3]);
            assertThat(GeoHash.isValid(lon, lat)).isTrue();
            long score = GeoHash.encode(lon, lat);
            double redisScore = Vectors.parse(r[4]);
            if ((double) score != redisScore) {
                mismatches.add("score " + String.join(" ", r) + " ours=" + score);
                continue;
            }
            double[] xy = GeoHash.decode(redisScore);
            String lonText = GeoFormat.formatCoordinate(xy[0]);
            String latText = GeoFormat.formatCoordinate(xy[1]);
            if (!lonText.equals(r[5]) || !latText.equals(r[6])) {
                mismatches.add("geopos " + String.join(" ", r) + " ours=" + lonText + "," + latText);
            }
            String hash = GeoHash.geohashString(redisScore);
            if (!hash.equals(r[7])) {
                mismatches.add("geohash " + String.join(" ", r) + " ours=" + hash);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void arbitraryScoresDecodeLikeRedis() {
        List<String[]> rows = Vectors.rows("scores.tsv.gz");
        assertThat(rows).hasSizeGreaterThan(600);
        List<String> mismatches = new ArrayList<>();
        for (String[] r : rows) {
            double score = Vectors.parse(r[0]);
            double[] xy = GeoHash.decode(score);
            String got = GeoFormat.formatCoordinate(xy[0]) + " " + GeoFormat.formatCoordinate(xy[1]) + " "
                    + GeoHash.geohashString(score);
            String want = r[1] + " " + r[2] + " " + r[3];
            if (!got.equals(want)) {
                mismatches.add(r[0] + ": redis=" + want + " ours=" + got);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void validationAndErrorTextMatchRedis() {
        List<String[]> rows = Vectors.rows("invalid.tsv");
        assertThat(rows).hasSizeGreaterThan(100);
        int valid = 0;
        int invalid = 0;
        for (String[] r : rows) {
            double lon = Vectors.parse(r[0]);
            double lat = Vectors.parse(r[1]);
            if (r[2].startsWith("OK ")) {
                valid++;
                assertThat(GeoHash.isValid(lon, lat)).as(r[0] + "," + r[1]).isTrue();
                assertThat((double) GeoHash.encode(lon, lat)).as(r[0] + "," + r[1])
                        .isEqualTo(Vectors.parse(r[2].substring(3)));
            } else {
                invalid++;
                assertThat(GeoHash.isValid(lon, lat)).as(r[0] + "," + r[1]).isFalse();
                assertThat(GeoHash.invalidPairError(lon, lat)).isEqualTo(r[2]);
            }
        }
        assertThat(valid).isGreaterThan(10);
        assertThat(invalid).isGreaterThan(10);
    }
}
