package org.redisonmysql.commands.sort;

import java.util.Arrays;

/**
 * A BY / GET pattern as Redis's lookupKeyByPattern reads it: "#" is the element itself; otherwise
 * the first '*' is replaced by the element, and "->field" after it (with a non-empty field) reads
 * a hash field. Like Redis's C string functions, the searches stop at a NUL byte.
 */
record SortPattern(byte[] prefix, byte[] postfix, byte[] field, boolean self, boolean constant) {

    static SortPattern of(byte[] p) {
        int cLen = cLength(p);
        if (cLen == 1 && p[0] == '#') {
            return new SortPattern(null, null, null, true, false);
        }
        int star = indexOf(p, cLen, (byte) '*', 0);
        if (star < 0) {
            return new SortPattern(null, null, null, false, true);
        }
        int arrow = -1;
        for (int i = star + 1; i + 1 < cLen; i++) {
            if (p[i] == '-' && p[i + 1] == '>') {
                arrow = i;
                break;
            }
        }
        byte[] field = null;
        int postEnd = p.length;
        if (arrow >= 0 && arrow + 2 < cLen) {
            field = Arrays.copyOfRange(p, arrow + 2, p.length);
            postEnd = arrow;
        }
        return new SortPattern(Arrays.copyOf(p, star), Arrays.copyOfRange(p, star + 1, postEnd), field, false, false);
    }

    /** True when the pattern contains a '*' (before any NUL): BY without one means "do not sort". */
    static boolean hasStar(byte[] p) {
        return indexOf(p, cLength(p), (byte) '*', 0) >= 0;
    }

    byte[] key(byte[] element) {
        byte[] k = new byte[prefix.length + element.length + postfix.length];
        System.arraycopy(prefix, 0, k, 0, prefix.length);
        System.arraycopy(element, 0, k, prefix.length, element.length);
        System.arraycopy(postfix, 0, k, prefix.length + element.length, postfix.length);
        return k;
    }

    private static int cLength(byte[] p) {
        int i = indexOf(p, p.length, (byte) 0, 0);
        return i < 0 ? p.length : i;
    }

    private static int indexOf(byte[] p, int end, byte b, int from) {
        for (int i = from; i < end; i++) {
            if (p[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
