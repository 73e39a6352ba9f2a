package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeoCellTest {

    @Test
    void scoreRangeOfACellIsItsBitsAlignedTo52() {
        GeoCell cell = new GeoCell(0b1011, 2);
        assertThat(cell.minScore()).isEqualTo(0b1011L << 48);
        assertThat(cell.maxScoreExclusive()).isEqualTo(0b1100L << 48);
        GeoCell full = new GeoCell(12345, 26);
        assertThat(full.scoreRange()).isEqualTo(new ScoreRange(12345, 12346));
    }

    @Test
    void neighboursMoveOneCellAndWrapOnBothAxes() {
        int step = 3;
        for (int lat = 0; lat < 8; lat++) {
            for (int lon = 0; lon < 8; lon++) {
                GeoCell c = new GeoCell(GeoHash.interleave(lat, lon), step);
                assertThat(c.east()).isEqualTo(cell(lat, (lon + 1) % 8, step));
                assertThat(c.west()).isEqualTo(cell(lat, (lon + 7) % 8, step));
                assertThat(c.north()).isEqualTo(cell((lat + 1) % 8, lon, step));
                assertThat(c.south()).isEqualTo(cell((lat + 7) % 8, lon, step));
                assertThat(c.northEast()).isEqualTo(cell((lat + 1) % 8, (lon + 1) % 8, step));
                assertThat(c.northWest()).isEqualTo(cell((lat + 1) % 8, (lon + 7) % 8, step));
                assertThat(c.southEast()).isEqualTo(cell((lat + 7) % 8, (lon + 1) % 8, step));
                assertThat(c.southWest()).isEqualTo(cell((lat + 7) % 8, (lon + 7) % 8, step));
            }
        }
    }

    private static GeoCell cell(int lat, int lon, int step) {
        return new GeoCell(GeoHash.interleave(lat, lon), step);
    }

    @Test
    void areaAndCentreOfACell() {
        long score = GeoHash.encode(13.361389, 38.115556);
        assertThat(score).isEqualTo(3479099956230698L);
        GeoArea area = new GeoCell(score, 26).area();
        assertThat(area.lonMin()).isLessThanOrEqualTo(13.361389).isGreaterThan(13.361389 - 360.0 / (1 << 26));
        double[] centre = area.centre();
        assertThat(GeoFormat.formatCoordinate(centre[0])).isEqualTo("13.36138933897018433");
        assertThat(GeoFormat.formatCoordinate(centre[1])).isEqualTo("38.11555639549629859");
    }

    @Test
    void extremePositionsOverflowLikeRedis() {
        assertThat(GeoHash.encode(180, 85.05112878)).isEqualTo(13510798882111488L);
        assertThat(GeoHash.encode(-180, -85.05112878)).isZero();
        assertThat(GeoHash.decode(13510798882111488.0)).containsExactly(180, 85.05112878);
        assertThat(GeoHash.geohashString(3479099956230698.0)).isEqualTo("sqc8b49rny0");
        assertThat(GeoHash.scoreToBits(-1)).isEqualTo(-1L);
        assertThat(GeoHash.scoreToBits(1e20)).isZero();
        assertThat(GeoHash.scoreToBits(Double.NEGATIVE_INFINITY)).isEqualTo(Long.MIN_VALUE);
        assertThat(GeoHash.scoreToHashInteger(1.5)).isEqualTo(1);
    }
}
