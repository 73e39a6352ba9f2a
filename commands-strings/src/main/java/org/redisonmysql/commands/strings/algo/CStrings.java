package org.redisonmysql.commands.strings.algo;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.Arrays;

/**
 * Small helpers that reproduce how Redis's C code looks at argument bytes: {@code strcasecmp}
 * and {@code strlen} stop at the first NUL byte, {@code string2ll} parses integers.
 */
final class CStrings {
    private CStrings() {
    }

    /** Redis's {@code strcasecmp(arg, keyword) == 0}: ASCII case-insensitive, the argument ends at its first NUL. */
    static boolean eqIgnoreCase(byte[] arg, String keyword) {
        int n = cLength(arg);
        if (n != keyword.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = arg[i] & 0xff;
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            int k = keyword.charAt(i);
            if (k >= 'A' && k <= 'Z') {
                k += 32;
            }
            if (c != k) {
                return false;
            }
        }
        return true;
    }

    /** {@code strlen}: the number of bytes before the first NUL (or the whole array). */
    static int cLength(byte[] arg) {
        for (int i = 0; i < arg.length; i++) {
            if (arg[i] == 0) {
                return i;
            }
        }
        return arg.length;
    }

    /** {@code string2ll} over {@code s[from, to)}; null when it is not a valid integer. */
    static Long string2ll(byte[] s, int from, int to) {
        byte[] part = (from == 0 && to == s.length) ? s : Arrays.copyOfRange(s, from, to);
        return RedisNumbers.parseLongOrNull(part);
    }

    /** {@code getLongLongFromObjectOrReply}: the integer, or {@code ERR value is not an integer or out of range}. */
    static long parseLong(byte[] s) {
        Long v = RedisNumbers.parseLongOrNull(s);
        if (v == null) {
            throw Errors.notInteger();
        }
        return v;
    }
}
