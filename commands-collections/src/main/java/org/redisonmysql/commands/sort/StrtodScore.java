package org.redisonmysql.commands.sort;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** SORT's numeric reading of a value: C's strtod over the whole string (up to a NUL), no NaN, no range error. */
final class StrtodScore {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INF = Pattern.compile("[+-]?(?i:inf|infinity)");

    private StrtodScore() {
    }

    /** The value, or null when Redis reports "can't be converted into double". */
    static Double parse(byte[] v) {
        int n = 0;
        while (n < v.length && v[n] != 0) {
            n++;
        }
        if (n == 0) {
            return 0.0; // strtod converts nothing and stops at the terminator: Redis accepts it as 0
        }
        String s = new String(v, 0, n, StandardCharsets.ISO_8859_1);
        String t = s.stripLeading();
        int ws = s.length() - t.length();
        for (int i = 0; i < ws; i++) {
            if (" \t\n\u000b\f\r".indexOf(s.charAt(i)) < 0) {
                return null;
            }
        }
        if (INF.matcher(t).matches()) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        double d = Double.parseDouble(t);
        if (Double.isInfinite(d)) {
            return null;
        }
        if (Math.abs(d) < Double.MIN_NORMAL && mantissaNonZero(t)) {
            return null;
        }
        return d;
    }

    private static boolean mantissaNonZero(String t) {
        for (char c : t.toCharArray()) {
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
