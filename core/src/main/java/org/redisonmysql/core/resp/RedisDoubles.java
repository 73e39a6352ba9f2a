package org.redisonmysql.core.resp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles printed exactly as Redis 7.0 prints them: C's {@code "%.17g"}, with {@code inf} and
 * {@code -inf} for infinities. Java's own {@code %g} differs (no trailing-zero removal, other
 * exponent rules), so the C algorithm is reproduced on the exact binary value.
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
