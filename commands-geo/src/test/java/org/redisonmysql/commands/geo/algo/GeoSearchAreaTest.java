package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeoSearchAreaTest {

    @Test
    void stepEstimate() {
        assertThat(GeoSearchArea.estimateSteps(0, 0)).isEqualTo(26);
        assertThat(GeoSearchArea.estimateSteps(1000, 0)).isEqualTo(14);
        assertThat(GeoSearchArea.estimateSteps(1000, 70)).isEqualTo(13);
        assertThat(GeoSearchArea.estimateSteps(1000, -81)).isEqualTo(12);
        assertThat(GeoSearchArea.estimateSteps(1, 0)).isEqualTo(24);
        assertThat(GeoSearchArea.estimateSteps(0.001, 0)).isEqualTo(26);
        assertThat(GeoSearchArea.estimateSteps(1e-9, 0)).isEqualTo(26);
        assertThat(GeoSearchArea.estimateSteps(5e6, 0)).isEqualTo(2);
        assertThat(GeoSearchArea.estimateSteps(1e7, 0)).isEqualTo(1);
        assertThat(GeoSearchArea.estimateSteps(Double.POSITIVE_INFINITY, 0)).isEqualTo(1);
    }

    @Test
    void rangesFollowTheVisitingOrderAndCoverTheCentre() {
        GeoShape shape = GeoShape.radius(13.361389, 38.115556, 200, GeoUnit.KM);
        GeoSearchArea area = GeoSearchArea.of(shape);
        assertThat(area.cells()).hasSize(9);
        GeoCell centre = area.cells().get(0);
        assertThat(centre.step()).isEqualTo(area.step());
        assertThat(area.scoreRanges().get(0)).isEqualTo(centre.scoreRange());
        assertThat(centre.scoreRange().contains(GeoHash.encode(13.361389, 38.115556))).isTrue();
        int kept = (int) area.cells().stream().filter(c -> c != null).count();
        assertThat(area.scoreRanges()).hasSizeLessThanOrEqualTo(kept);
    }

    @Test
    void membershipTests() {
        double palermo = GeoHash.encode(13.361389, 38.115556);
        double catania = GeoHash.encode(15.087269, 37.502669);
        GeoSearchArea near = GeoSearchArea.of(GeoShape.radius(15, 37, 100, GeoUnit.KM));
        assertThat(near.test(palermo)).isNull();
        GeoMatch<Void> m = near.test(catania);
        assertThat(m).isNotNull();
        assertThat(m.formatDistance(GeoUnit.KM)).isEqualTo("56.4413"); // GEORADIUS Sicily 15 37 100 km WITHDIST
        GeoSearchArea box = GeoSearchArea.of(GeoShape.box(15, 37, 400, 400, GeoUnit.KM));
        assertThat(box.test(palermo)).isNotNull();
        assertThat(box.test(catania)).isNotNull();
        assertThat(box.test(palermo).formatDistance(GeoUnit.KM)).isEqualTo("190.4424");
    }
}
