package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeoMathTest {

    private static final MathContext MC = new MathContext(60);

    /** sin of an exact decimal by its Taylor series, to ~55 digits (|y| <= 2). */
    private static BigDecimal sin(BigDecimal y) {
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal term = y;
        BigDecimal sum = y;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(y2, MC).divide(BigDecimal.valueOf((2L * k) * (2L * k + 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    private static void assertCorrectlyRounded(double x) {
        if (x == 1) {
            return; // sin is not increasing past pi/2; asin(1) is checked in asinSpecialValues
        }
        double y = GeoMath.asin(x);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal by = new BigDecimal(y);
        BigDecimal below = by.add(new BigDecimal(Math.nextDown(y))).divide(BigDecimal.valueOf(2), MC);
        BigDecimal above = by.add(new BigDecimal(Math.nextUp(y))).divide(BigDecimal.valueOf(2), MC);
        // asin(x) must lie between the midpoints around y, i.e. sin(below) <= x <= sin(above)
        assertThat(sin(below).compareTo(bx)).as("asin(%s) = %s too big", x, y).isLessThanOrEqualTo(0);
        assertThat(sin(above).compareTo(bx)).as("asin(%s) = %s too small", x, y).isGreaterThanOrEqualTo(0);
    }

    @Test
    void asinIsCorrectlyRounded() {
        Random rnd = new Random(3);
        for (int i = 0; i < 1500; i++) {
            assertCorrectlyRounded(rnd.nextDouble());
            assertCorrectlyRounded(1 - rnd.nextDouble() * Math.pow(2, -rnd.nextInt(50)));
            assertCorrectlyRounded(rnd.nextDouble() * Math.pow(2, -rnd.nextInt(40)));
        }
        assertCorrectlyRounded(0.5);
        assertCorrectlyRounded(Math.nextDown(1.0));
        assertCorrectlyRounded(0x1p-26);
        assertCorrectlyRounded(Math.nextDown(0x1p-26));
    }

    @Test
    void asinSpecialValues() {
        assertThat(GeoMath.asin(0.0)).isEqualTo(0.0);
        assertThat(GeoMath.asin(1.0)).isEqualTo(Math.PI / 2);
        assertThat(GeoMath.asin(-1.0)).isEqualTo(-Math.PI / 2);
        assertThat(GeoMath.asin(Math.nextUp(1.0))).isNaN();
        assertThat(GeoMath.asin(-0.25)).isEqualTo(-GeoMath.asin(0.25));
    }
}
