package org.redisonmysql.core.util;

import org.redisonmysql.core.error.Errors;

import java.nio.charset.StandardCharsets;

/**
 * Number parsing straight from argument bytes with Redis's exact rules (no String round trip):
 * {@code string2ll} for integers (no '+', no leading zeros, no spaces) and {@code strtod} as
 * Redis's {@code getDoubleFromObject} uses it for doubles.
 */
public final class RedisNumbers {
    private RedisNumbers() {
    }

    /** Parses like Redis's {@code string2ll}; returns false on any deviation. */
    public static boolean isLong(byte[] s) {
        return parseLongOrNull(s) != null;
    }

    public static Long parseLongOrNull(byte[] s) {
        int len = s.length;
        if (len == 0 || len > 20) {
            return null;
        }
        if (len == 1 && s[0] == '0') {
            return 0L;
        }
        int i = 0;
        boolean negative = false;
        if (s[0] == '-') {
            negative = true;
            i = 1;
            if (len == 1) {
                return null;
            }
        }
        if (s[i] < '1' || s[i] > '9') {
            return null;
        }
        // Accumulate negatively so Long.MIN_VALUE fits.
        long value = 0;
        for (; i < len; i++) {
            int digit = s[i] - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            if (value < (Long.MIN_VALUE + digit) / 10) {
                return null;
            }
            long next = value * 10 - digit;
            if (next > value) {
                return null;
            }
            value = next;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return null;
            }
            value = -value;
        }
        return value;
    }

    /** An integer argument, or {@code -ERR value is not an integer or out of range}. */
    public static long parseLong(byte[] s) {
        Long v = parseLongOrNull(s);
        if (v == null) {
            throw Errors.notInteger();
        }
        return v;
    }

    /** A double argument as Redis's {@code getDoubleFromObject} accepts it, or null. */
    public static Double parseDoubleOrNull(byte[] s) {
        if (s.length == 0 || isSpace(s[0])) {
            return null;
        }
        String text = new String(s, StandardCharsets.ISO_8859_1);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // strtod stops at a NUL and Redis then sees the end of a C string.
            text = text.substring(0, nul);
        }
        return StrtodParser.parse(text);
    }

    public static double parseDouble(byte[] s) {
        Double v = parseDoubleOrNull(s);
        if (v == null) {
            throw Errors.notFloat();
        }
        return v;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == '\f';
    }

    /** The decimal text of a long as bytes, as Redis stores integers in strings. */
    public static byte[] toBytes(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }
}
