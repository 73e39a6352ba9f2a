package org.redisonmysql.commands.strings.algo;

import static org.redisonmysql.commands.strings.algo.HyperLogLog.REGISTERS;

/** The cardinality estimate from a register histogram, as Redis 7 computes it. */
final class HllEstimator {
    private static final int Q = 64 - 14;
    private static final double ALPHA_INF = 0.721347520444481703680;

    private HllEstimator() {
    }

    /** Redis's estimator (Ertl, "New cardinality estimation algorithms for HyperLogLog sketches"). */
    static long estimate(int[] histo) {
        double m = REGISTERS;
        double z = m * tau((m - histo[Q + 1]) / m);
        for (int j = Q; j >= 1; --j) {
            z += histo[j];
            z *= 0.5;
        }
        z += m * sigma(histo[0] / m);
        double e = ALPHA_INF * m * m / z;
        return llround(e);
    }

    /**
     * C's {@code llroundl} on x86-64: half away from zero; NaN and values out of range (an
     * infinite estimate when no register is 0 or 51) give {@code LLONG_MIN}, which Redis then
     * replies as -9223372036854775808 and caches with the "invalid" bit set.
     */
    private static long llround(double x) {
        if (!(x < 0x1p63)) {
            return Long.MIN_VALUE;
        }
        double f = Math.floor(x);
        long r = (long) f;
        if (x - f >= 0.5) {
            r++;
        }
        return r;
    }

    private static double sigma(double x) {
        if (x == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double zPrime;
        double y = 1;
        double z = x;
        do {
            x *= x;
            zPrime = z;
            z += x * y;
            y += y;
        } while (zPrime != z);
        return z;
    }

    private static double tau(double x) {
        if (x == 0.0 || x == 1.0) {
            return 0.0;
        }
        double zPrime;
        double y = 1.0;
        double z = 1 - x;
        do {
            x = Math.sqrt(x);
            zPrime = z;
            y *= 0.5;
            double d = 1 - x;
            z -= d * d * y;
        } while (zPrime != z);
        return z / 3;
    }
}
