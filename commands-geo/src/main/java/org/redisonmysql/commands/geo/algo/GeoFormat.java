package org.redisonmysql.commands.geo.algo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exact text Redis 7.0 prints for geo numbers. Java's {@code String.format} rounds from the
 * shortest decimal representation (and rounds half up), whereas glibc's printf rounds the exact
 * binary value half-to-even; so every method here works on {@code new BigDecimal(double)}, which is
 * exact.
 */
public final class GeoFormat {

    private GeoFormat() {
    }

    /**
     * A distance as GEODIST and GEOSEARCH/GEORADIUS WITHDIST print it: C {@code "%.4f"}, e.g.
     * {@code 166274.1516}, {@code 0.0000}. Sent as a bulk string (RESP2 and RESP3 alike).
     */
    public static String formatDistance(double distance) {
        return formatFixed(distance, 4);
    }

    /**
     * A coordinate as GEOPOS and WITHCOORD print it (Redis's {@code addReplyHumanLongDouble}): the
     * value printed with C {@code "%.17Lf"}, trailing zeros and then a trailing '.' removed, and
     * {@code "-0"} turned into {@code "0"}; e.g. {@code 13.36138933897018433},
     * {@code 85.0511287799999991}, {@code 180}. Infinities print as {@code inf} / {@code -inf}.
     * In RESP2 this is a bulk string; in RESP3 Redis sends the same text as a double ({@code ,}).
     */
    public static String formatCoordinate(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String s = formatFixed(value, 17);
        if (Double.isNaN(value)) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        s = s.substring(0, end);
        return s.equals("-0") ? "0" : s;
    }

    /**
     * C's {@code "%.<decimals>f"} with glibc semantics: exact value rounded half-to-even, a '-'
     * for every value whose sign bit is set (so {@code -0.0} and {@code -1e-9} give
     * {@code "-0.000000"}), {@code inf}, {@code -inf}, {@code nan}, {@code -nan}.
     */
    public static String formatFixed(double value, int decimals) {
        boolean negative = (Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0;
        if (Double.isNaN(value)) {
            return negative ? "-nan" : "nan";
        }
        if (Double.isInfinite(value)) {
            return negative ? "-inf" : "inf";
        }
        String digits = new BigDecimal(Math.abs(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return negative ? "-" + digits : digits;
    }
}
