package org.redisonmysql.server.scripting;

/** C's strtod (glibc, "C" locale) over bytes: decimal, hex floats, inf/infinity and nan. */
final class Strtod {
    private Strtod() {
    }

    private static int at(byte[] s, int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }

    private static boolean word(byte[] s, int p, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.toLowerCase(at(s, p + i)) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }

    /** Parses at {@code start}; {@code end[0]} is where parsing stopped ({@code start} when nothing was read). */
    static double parse(byte[] s, int start, int[] end) {
        int p = start;
        while (at(s, p) == ' ' || (at(s, p) >= 9 && at(s, p) <= 13)) {
            p++;
        }
        boolean neg = false;
        if (at(s, p) == '+' || at(s, p) == '-') {
            neg = at(s, p) == '-';
            p++;
        }
        if (word(s, p, "inf")) {
            end[0] = p + (word(s, p, "infinity") ? 8 : 3);
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word(s, p, "nan")) {
            p += 3;
            if (at(s, p) == '(') {
                int q = p + 1;
                while (Character.isLetterOrDigit(at(s, q)) && at(s, q) < 128 || at(s, q) == '_') {
                    q++;
                }
                if (at(s, q) == ')') {
                    p = q + 1;
                }
            }
            end[0] = p;
            return neg ? -Double.NaN : Double.NaN;
        }
        boolean hex = at(s, p) == '0' && (at(s, p + 1) | 0x20) == 'x'
            && (isDigit(at(s, p + 2), true) || (at(s, p + 2) == '.' && isDigit(at(s, p + 3), true)));
        int m = hex ? p + 2 : p;
        StringBuilder sb = new StringBuilder(hex ? "0x" : "");
        int digits = 0;
        while (isDigit(at(s, m), hex)) {
            sb.append((char) at(s, m++));
            digits++;
        }
        if (at(s, m) == '.') {
            int q = m + 1;
            int frac = 0;
            StringBuilder f = new StringBuilder(".");
            while (isDigit(at(s, q), hex)) {
                f.append((char) at(s, q++));
                frac++;
            }
            if (digits + frac > 0) {
                sb.append(f);
                digits += frac;
                m = q;
            }
        }
        if (digits == 0) {
            end[0] = start;
            return 0;
        }
        int e = at(s, m) | 0x20;
        StringBuilder exp = new StringBuilder();
        if (e == (hex ? 'p' : 'e')) {
            int q = m + 1;
            if (at(s, q) == '+' || at(s, q) == '-') {
                exp.append((char) at(s, q++));
            }
            if (isDigit(at(s, q), false)) {
                while (isDigit(at(s, q), false)) {
                    exp.append((char) at(s, q++));
                }
                m = q;
            } else {
                exp.setLength(0);
            }
        }
        end[0] = m;
        String text = sb + (exp.length() > 0 ? (hex ? "p" : "e") + trimExp(exp.toString()) : (hex ? "p0" : ""));
        double d = Double.parseDouble(text);
        return neg ? -d : d;
    }

    /** Keeps huge exponents parseable (Double.parseDouble overflows the int). */
    private static String trimExp(String e) {
        String sign = e.startsWith("-") || e.startsWith("+") ? e.substring(0, 1) : "";
        String digits = e.substring(sign.length()).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 9) {
            digits = "999999999";
        }
        return sign + digits;
    }
}
