package org.redisonmysql.core.resp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles printed exactly as Redis 7.0 prints them in replies (ZSCORE, ZINCRBY, ZRANGE
 * WITHSCORES, ...): C's {@code "%.17g"} (so {@code 0.1} is {@code 0.10000000000000001}, 1e17 is
 * {@code 1e+17}), {@code -0} for negative zero, {@code inf}/{@code -inf} for infinities. Java's own
 * {@code %g} differs (no trailing-zero removal, other exponent rules), so the C algorithm is
 * reproduced on the exact binary value, rounding half-even like glibc. Verified against
 * redis-server 7.0.15. (Redis 7.2 switched to shortest round-trip output; 7.0 does not.)
 * Note: INCRBYFLOAT/HINCRBYFLOAT print long doubles differently, see
 * {@code org.redisonmysql.core.util.RedisLongDouble}.
 */
public final class RedisDoubles {
    private RedisDoubles() {
    }

    public static String format(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return Long.toString((long) value); // an integer of at most 16 digits prints as is
        }
        return formatG(value, 17);
    }

    /** C's {@code %.<precision>g} for a finite, non-zero value. */
    static String formatG(double value, int precision) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String text;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            text = stripZeros(mantissa.setScale(precision - 1, RoundingMode.HALF_EVEN).toPlainString())
                    + (exponent < 0 ? "e-" : "e+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        } else {
            text = stripZeros(rounded.setScale(Math.max(0, precision - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString());
        }
        return text;
    }

    private static String stripZeros(String plain) {
        if (plain.indexOf('.') < 0) {
            return plain;
        }
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        if (plain.charAt(end - 1) == '.') {
            end--;
        }
        return plain.substring(0, end);
    }
}
