package org.redisonmysql.server.scripting;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number conversions Redis's Lua (5.1, numbers are C doubles) performs, done the same way here. */
final class LuaNumbers {
    private LuaNumbers() {
    }

    /** A C cast to long long: truncation toward zero; out of range and NaN give LLONG_MIN (x86). */
    static long truncate(double d) {
        if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** C's {@code %.17g}: how Redis turns a Lua number argument of redis.call into a string. */
    static String format17g(double d) {
        if (Double.isNaN(d)) {
            return d != d ? "nan" : "-nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e17) {
            return Long.toString((long) d);
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(17));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 17) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String m = mantissa.toPlainString();
            return m + (exponent < 0 ? "e-" : "e+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
