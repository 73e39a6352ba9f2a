package org.redisonmysql.commands.geo.algo;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The transcendental functions behind the distance computations.
 *
 * <p>Redis calls the C library's {@code sin}, {@code cos} and {@code asin}; with glibc these are
 * correctly rounded in all but roughly one case in a thousand. Java's {@code StrictMath} (fdlibm)
 * differs from glibc in the last bit far more often (asin: ~4.5% of arguments, sin/cos: 2-3%);
 * HotSpot's {@code Math.sin}/{@code Math.cos} intrinsics agree with glibc except ~0.15% of
 * arguments, but its {@code Math.asin} is fdlibm's. So:
 *
 * <ul>
 *   <li>{@link #asin} is correctly rounded: a series approximation good to a few ulps, refined by
 *       one Newton step whose residual {@code x - sin(y)} is evaluated in double-double
 *       arithmetic;
 *   <li>{@link #sin} and {@link #cos} use {@code Math}.
 * </ul>
 *
 * Remaining last-bit differences from glibc are rare and only show in a reply when a distance lies
 * within a unit in the last place of a {@code %.4f} rounding boundary, of a search radius, or of
 * another member's distance.
 */
final class GeoMath {

    /** Taylor coefficients (-1)^k / (2k+1)! as double-double (hi, lo), k = 0..TERMS-1. */
    private static final int TERMS = 19;
    /** Terms evaluated in double-double; the rest in double. */
    private static final int DD_TERMS = 6;
    private static final double[] SIN_HI = new double[TERMS];
    private static final double[] SIN_LO = new double[TERMS];

    static {
        MathContext mc = new MathContext(60);
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k < TERMS; k++) {
            if (k > 0) {
                factorial = factorial.multiply(BigDecimal.valueOf((2L * k) * (2L * k + 1)));
            }
            BigDecimal c = BigDecimal.ONE.divide(factorial, mc);
            if (k % 2 == 1) {
                c = c.negate();
            }
            double hi = c.doubleValue();
            double lo = c.subtract(new BigDecimal(hi), mc).doubleValue();
            SIN_HI[k] = hi;
            SIN_LO[k] = lo;
        }
    }

    private GeoMath() {
    }

    static double sin(double x) {
        return Math.sin(x);
    }

    static double cos(double x) {
        return Math.cos(x);
    }

    /** Correctly rounded arcsine (round to nearest), for every double argument. */
    static double asin(double x) {
        if (Double.isNaN(x) || x > 1 || x < -1) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            return x; // asin(x) - x < x^3/6 is below half an ulp of x
        }
        if (ax == 1) {
            return x > 0 ? HALF_PI : -HALF_PI;
        }
        double y0 = asinApproximation(ax); // within a few ulps
        // One Newton step y = y0 + (x - sin y0) / cos y0, the residual in double-double.
        double y = y0 + sinResidual(ax, y0) / Math.cos(y0);
        return x < 0 ? -y : y;
    }

    /** pi/2 rounded to a double. */
    private static final double HALF_PI = 1.5707963267948966;

    /** Coefficients of asin(z) = z * sum c[k] z^(2k), k < ASIN_TERMS, for |z| <= 1/2. */
    private static final int ASIN_TERMS = 28;
    private static final double[] ASIN_C = new double[ASIN_TERMS];

    static {
        double a = 1;
        for (int k = 0; k < ASIN_TERMS; k++) {
            if (k > 0) {
                a = a * (2 * k - 1) / (2 * k);
            }
            ASIN_C[k] = a / (2 * k + 1);
        }
    }

    /** asin for 0 <= ax < 1 to a few ulps: the series, or pi/2 - 2 asin(sqrt((1 - ax) / 2)). */
    private static double asinApproximation(double ax) {
        if (ax <= 0.5) {
            return asinSeries(ax);
        }
        double z = Math.sqrt((1 - ax) / 2);
        return HALF_PI - 2 * asinSeries(z);
    }

    private static double asinSeries(double z) {
        double z2 = z * z;
        double p = ASIN_C[ASIN_TERMS - 1];
        for (int k = ASIN_TERMS - 2; k >= 1; k--) {
            p = p * z2 + ASIN_C[k];
        }
        return z + z * (z2 * p);
    }

    /**
     * {@code x - sin(y)} for 0 <= y <= pi/2 and x within a few ulps of sin(y): sin(y) is summed in
     * double-double (relative error below 2^-100) before the subtraction.
     */
    static double sinResidual(double x, double y) {
        // y2 = y*y exactly as a double-double
        double y2h = y * y;
        double y2l = twoProductError(y, y, y2h);
        // Horner, p = p*y2 + c[k]. For y <= 1 the high-order terms (k >= DD_TERMS, below 2e-10
        // of the result) are summed in plain double, the rest in double-double. Above 1 (x above
        // 0.84) the residual is later divided by cos(y), which tends to 0, so every term is
        // summed in double-double.
        int split = y > 1.0 ? TERMS - 1 : DD_TERMS;
        double ph;
        double pl;
        if (split == TERMS - 1) {
            ph = SIN_HI[TERMS - 1];
            pl = SIN_LO[TERMS - 1];
        } else {
            double tail = SIN_HI[TERMS - 1];
            for (int k = TERMS - 2; k >= split; k--) {
                tail = tail * y2h + SIN_HI[k];
            }
            ph = tail;
            pl = 0;
        }
        for (int k = split - 1; k >= 0; k--) {
            // p = p * y2
            double mh = ph * y2h;
            double ml = twoProductError(ph, y2h, mh) + (ph * y2l + pl * y2h);
            double th = mh + ml;
            double tl = ml - (th - mh);
            // p = p + c[k]
            double sh = th + SIN_HI[k];
            double bb = sh - th;
            double sl = (th - (sh - bb)) + (SIN_HI[k] - bb) + tl + SIN_LO[k];
            ph = sh + sl;
            pl = sl - (ph - sh);
        }
        // result = p * y
        double rh = ph * y;
        double rl = twoProductError(ph, y, rh) + pl * y;
        double hi = rh + rl;
        double lo = rl - (hi - rh);
        return (x - hi) - lo; // x - hi is exact (Sterbenz)
    }

    private static final double SPLITTER = 134217729.0; // 2^27 + 1

    /** The exact error of the product: a * b - p, where p = fl(a * b) (Dekker). */
    static double twoProductError(double a, double b, double p) {
        double ta = SPLITTER * a;
        double ah = ta - (ta - a);
        double al = a - ah;
        double tb = SPLITTER * b;
        double bh = tb - (tb - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }
}
