package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeoFormatTest {

    @Test
    void coordinatesUseSeventeenDecimalsWithoutTrailingZeros() {
        assertThat(GeoFormat.formatCoordinate(180)).isEqualTo("180");
        assertThat(GeoFormat.formatCoordinate(-180)).isEqualTo("-180");
        assertThat(GeoFormat.formatCoordinate(85.05112878)).isEqualTo("85.0511287799999991");
        assertThat(GeoFormat.formatCoordinate(0.5)).isEqualTo("0.5");
        assertThat(GeoFormat.formatCoordinate(-0.0)).isEqualTo("0");
        assertThat(GeoFormat.formatCoordinate(-1e-20)).isEqualTo("0"); // "-0.00000000000000000" -> "-0" -> "0"
        assertThat(GeoFormat.formatCoordinate(-4e-17)).isEqualTo("-0.00000000000000004");
        assertThat(GeoFormat.formatCoordinate(1e-17)).isEqualTo("0.00000000000000001");
        assertThat(GeoFormat.formatCoordinate(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void fixedFormattingRoundsTheExactBinaryValueHalfToEven() {
        assertThat(GeoFormat.formatDistance(0)).isEqualTo("0.0000");
        assertThat(GeoFormat.formatDistance(0.125)).isEqualTo("0.1250");
        assertThat(GeoFormat.formatFixed(0.125, 2)).isEqualTo("0.12"); // tie -> even (Java's %.2f says 0.13)
        assertThat(GeoFormat.formatFixed(0.375, 2)).isEqualTo("0.38");
        assertThat(GeoFormat.formatDistance(0.00015)).isEqualTo("0.0001"); // 1.49999999999999993e-4; Java says 0.0002
        assertThat(GeoFormat.formatDistance(2.00025)).isEqualTo("2.0002");
        assertThat(GeoFormat.formatDistance(1.00005)).isEqualTo("1.0001");
        assertThat(GeoFormat.formatFixed(2.5, 0)).isEqualTo("2");
        assertThat(GeoFormat.formatDistance(166274.15156960033)).isEqualTo("166274.1516");
        assertThat(GeoFormat.formatFixed(-0.0, 6)).isEqualTo("-0.000000");
        assertThat(GeoFormat.formatFixed(-1e-9, 6)).isEqualTo("-0.000000");
        assertThat(GeoFormat.formatFixed(Double.NaN, 4)).isEqualTo("nan");
        assertThat(GeoFormat.formatFixed(Double.NEGATIVE_INFINITY, 6)).isEqualTo("-inf");
        assertThat(GeoFormat.formatFixed(1e22, 1)).isEqualTo("10000000000000000000000.0");
    }
}
