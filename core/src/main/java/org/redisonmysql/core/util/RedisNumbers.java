package org.redisonmysql.core.util;

import org.redisonmysql.core.error.Errors;

import java.nio.charset.StandardCharsets;

/**
 * Number parsing straight from argument bytes with Redis's exact rules (no String round trip):
 * {@code string2ll} for integers (no '+', no leading zeros, no "-0", no spaces, at most 20 bytes)
 * and {@code strtod} as Redis's {@code getDoubleFromObject} and {@code zslParseRange} use it for
 * doubles. For INCRBYFLOAT/HINCRBYFLOAT's long doubles see {@link RedisLongDouble}.
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

    /**
     * A double as Redis's {@code getDoubleFromObject} accepts it (ZADD/ZINCRBY scores, ...), or
     * null: the whole text must be a strtod number (no leading or trailing space, no NUL),
     * {@code inf}/{@code infinity} are accepted, NaN is refused, and so is anything that
     * overflows to infinity ({@code 1e400}) or underflows to zero ({@code 1e-400}); subnormals
     * are accepted. Hex floats ({@code 0x10}) are accepted.
     */
    public static Double parseDoubleOrNull(byte[] s) {
        if (s.length == 0 || isSpace(s[0])) {
            return null;
        }
        StrtodParser.Scanned n = StrtodParser.scan(s, 0, s.length);
        return n == null ? null : StrtodParser.toDouble(n, true);
    }

    /**
     * A double as Redis's sorted-set range parsing ({@code zslParseRange}: ZRANGEBYSCORE,
     * ZCOUNT, ... after any {@code (} is removed) reads it with a bare strtod, or null: the text
     * ends at its first NUL, leading whitespace is skipped, an empty text is 0, overflow gives
     * +-inf and underflow 0; only NaN and trailing garbage are refused.
     */
    public static Double parseLenientDoubleOrNull(byte[] s) {
        int end = 0;
        while (end < s.length && s[end] != 0) {
            end++;
        }
        if (end == 0) {
            return 0.0; // strtod converts nothing and stops at the terminating NUL
        }
        int start = 0;
        while (start < end && isSpace(s[start])) {
            start++;
        }
        StrtodParser.Scanned n = StrtodParser.scan(s, start, end);
        return n == null ? null : StrtodParser.toDouble(n, false);
    }

    public static double parseDouble(byte[] s) {
        Double v = parseDoubleOrNull(s);
        if (v == null) {
            throw Errors.notFloat();
        }
        return v;
    }

    /** C's {@code isspace} in the C locale. */
    static boolean isSpace(byte b) {
        return StrtodParser.isSpace(b);
    }

    /** The decimal text of a long as bytes, as Redis stores integers in strings. */
    public static byte[] toBytes(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }
}
