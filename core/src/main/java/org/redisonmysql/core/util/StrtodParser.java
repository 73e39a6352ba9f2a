package org.redisonmysql.core.util;

import java.math.BigInteger;

/**
 * glibc's {@code strtod}/{@code strtold} (C locale) on bytes, with exact round-half-even
 * conversion to a binary format of any precision: IEEE double (53-bit significand) or the x87
 * 80-bit extended {@code long double} (64-bit significand).
 *
 * <p>The grammar is the C one: optional sign, then {@code inf}/{@code infinity}
 * (case-insensitive), a hexadecimal float ({@code 0x1.8p3}, {@code 0X.8}, binary exponent
 * optional) or a decimal float ({@code 1.}, {@code .5}, {@code 1e5}). Every Redis caller refuses
 * NaN and requires strtod to stop exactly at the end of the text, so {@link #scan} only reports a
 * number when the grammar covers every byte and returns null for NaN and for any partial parse.
 */
final class StrtodParser {
    /**
     * A scanned number. When finite, |value| = digits * base^exponent, base 10 (or 2 when hex,
     * the exponent then counting bits); {@code digits} holds the significant digits without
     * leading or trailing zeros (empty for zero), in base 10 or 16.
     */
    static final class Scanned {
        final boolean infinite;
        final boolean negative;
        final boolean hex;
        final String digits;
        final long exponent;
        /** Whether nonzero digits were dropped beyond {@code digits} (only for huge inputs). */
        final boolean sticky;

        Scanned(boolean infinite, boolean negative, boolean hex, String digits, long exponent, boolean sticky) {
            this.infinite = infinite;
            this.negative = negative;
            this.hex = hex;
            this.digits = digits;
            this.exponent = exponent;
            this.sticky = sticky;
        }

        boolean isZero() {
            return !infinite && digits.isEmpty();
        }
    }

    /** A binary floating-point format: significand bits and exponent range. */
    static final class Format {
        final int precision;
        /** Exponent of the smallest subnormal, i.e. of the ulp of subnormals. */
        final int minUlpExponent;
        /** Exponent of the ulp of the largest finite values. */
        final int maxUlpExponent;
        /**
         * Significant digits kept before the rest collapses into a sticky digit; must exceed the
         * digits of any midpoint between two neighbouring values (767 for doubles).
         */
        final int maxDecimalDigits;
        final int maxHexDigits;
        /** Decimal exponent (of the leading digit) beyond which the value surely overflows. */
        final int overflowDecimalExponent;
        /** Decimal exponent (of the leading digit) below which the value surely rounds to zero. */
        final int underflowDecimalExponent;

        Format(int precision, int minUlpExponent, int maxUlpExponent, int maxDecimalDigits,
               int overflowDecimalExponent, int underflowDecimalExponent) {
            this.precision = precision;
            this.minUlpExponent = minUlpExponent;
            this.maxUlpExponent = maxUlpExponent;
            this.maxDecimalDigits = maxDecimalDigits;
            this.maxHexDigits = precision / 4 + 8;
            this.overflowDecimalExponent = overflowDecimalExponent;
            this.underflowDecimalExponent = underflowDecimalExponent;
        }
    }

    /** IEEE 754 binary64. A double's midpoint has at most 767 significant digits. */
    static final Format DOUBLE = new Format(53, -1074, 1023 - 52, 800, 309, -326);
    /**
     * x87 80-bit extended precision. Its midpoints can have ~11,500 significant digits, so no
     * digit is ever dropped (Redis never feeds strtold more than 5,119 bytes anyway).
     */
    static final Format LONG_DOUBLE = new Format(64, -16445, 16383 - 63, Integer.MAX_VALUE, 4933, -4953);

    /** Outcome of a rounding: a finite value mant * 2^exp, or an overflow, or an underflow to zero. */
    static final class Rounded {
        static final int FINITE = 0;
        static final int OVERFLOW = 1;
        static final int UNDERFLOW = 2;

        final int status;
        final BigInteger mantissa;
        final int exponent;

        Rounded(int status, BigInteger mantissa, int exponent) {
            this.status = status;
            this.mantissa = mantissa;
            this.exponent = exponent;
        }
    }

    private static final long EXPONENT_CAP = 1_000_000_000L;

    private StrtodParser() {
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == '\f';
    }

    /** Scans {@code s[from, to)} as a whole; null when strtod would not consume exactly that. */
    static Scanned scan(byte[] s, int from, int to) {
        int i = from;
        if (i >= to) {
            return null;
        }
        boolean negative = false;
        if (s[i] == '+' || s[i] == '-') {
            negative = s[i] == '-';
            i++;
        }
        if (i >= to) {
            return null;
        }
        byte c = s[i];
        if (c == 'i' || c == 'I') {
            if (matchesIgnoreCase(s, i, to, "infinity") || matchesIgnoreCase(s, i, to, "inf")) {
                return new Scanned(true, negative, false, "", 0, false);
            }
            return null;
        }
        if (c == 'n' || c == 'N') {
            return null; // NaN (in any spelling) is refused by every Redis caller, like garbage
        }
        if (c == '0' && i + 1 < to && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
            return scanHex(s, i + 2, to, negative);
        }
        return scanDecimal(s, i, to, negative);
    }

    private static Scanned scanDecimal(byte[] s, int i, int to, boolean negative) {
        DigitCollector digits = new DigitCollector(10);
        int intDigits = 0;
        while (i < to && isDigit(s[i])) {
            digits.add(s[i] - '0', false);
            intDigits++;
            i++;
        }
        int fracDigits = 0;
        if (i < to && s[i] == '.') {
            i++;
            while (i < to && isDigit(s[i])) {
                digits.add(s[i] - '0', true);
                fracDigits++;
                i++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        long exp = 0;
        if (i < to) {
            if (s[i] != 'e' && s[i] != 'E') {
                return null;
            }
            i++;
            Long e = scanExponent(s, i, to);
            if (e == null) {
                return null;
            }
            exp = e;
            i = to;
        }
        return digits.result(negative, false, exp);
    }

    private static Scanned scanHex(byte[] s, int i, int to, boolean negative) {
        DigitCollector digits = new DigitCollector(16);
        int count = 0;
        while (i < to && hexValue(s[i]) >= 0) {
            digits.add(hexValue(s[i]), false);
            count++;
            i++;
        }
        if (i < to && s[i] == '.') {
            i++;
            while (i < to && hexValue(s[i]) >= 0) {
                digits.add(hexValue(s[i]), true);
                count++;
                i++;
            }
        }
        if (count == 0) {
            return null; // strtod reads "0" and stops at the 'x'
        }
        long exp = 0;
        if (i < to) {
            if (s[i] != 'p' && s[i] != 'P') {
                return null;
            }
            i++;
            Long e = scanExponent(s, i, to);
            if (e == null) {
                return null;
            }
            exp = e;
        }
        return digits.result(negative, true, exp);
    }

    /** {@code [+-]?digits+} filling {@code s[i, to)} exactly, saturated to +-1e9. */
    private static Long scanExponent(byte[] s, int i, int to) {
        boolean neg = false;
        if (i < to && (s[i] == '+' || s[i] == '-')) {
            neg = s[i] == '-';
            i++;
        }
        if (i >= to) {
            return null;
        }
        long e = 0;
        for (; i < to; i++) {
            if (!isDigit(s[i])) {
                return null;
            }
            e = Math.min(EXPONENT_CAP, e * 10 + (s[i] - '0'));
        }
        return neg ? -e : e;
    }

    /**
     * Accumulates digits, skipping leading zeros and tracking the scale; past {@link #MAX_KEPT}
     * significant digits only whether a nonzero digit was dropped is remembered (enough for
     * correct rounding: see {@link Format#maxDecimalDigits}).
     */
    private static final class DigitCollector {
        private static final int MAX_KEPT = 20_000;
        private final int base;
        private final StringBuilder kept = new StringBuilder();
        private long scale; // value = kept * base^scale (before the explicit exponent)
        private boolean sticky;

        DigitCollector(int base) {
            this.base = base;
        }

        void add(int digit, boolean fractional) {
            if (fractional) {
                scale--;
            }
            if (kept.length() == 0 && digit == 0) {
                return;
            }
            if (kept.length() >= MAX_KEPT) {
                scale++;
                sticky |= digit != 0;
                return;
            }
            kept.append(Character.forDigit(digit, base));
        }

        Scanned result(boolean negative, boolean hex, long exponent) {
            if (kept.length() == 0) {
                return new Scanned(false, negative, hex, "", 0, false);
            }
            int end = kept.length();
            while (end > 1 && kept.charAt(end - 1) == '0') {
                end--;
            }
            long digitScale = scale + (kept.length() - end);
            long exp = hex ? exponent + 4 * digitScale : exponent + digitScale;
            return new Scanned(false, negative, hex, kept.substring(0, end), exp, sticky);
        }
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /**
     * The double strtod returns for a scan. With {@code refuseRange}, overflow to infinity and
     * underflow to zero (strtod's ERANGE cases Redis checks) give null; otherwise they give
     * +-inf and +-0 as strtod does.
     */
    static Double toDouble(Scanned n, boolean refuseRange) {
        if (n.infinite) {
            return n.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (n.isZero()) {
            return n.negative ? -0.0 : 0.0;
        }
        double value;
        if (!n.hex && !n.sticky && n.digits.length() <= 15 && Math.abs(n.exponent) <= 22) {
            // Both operands are exact, so the one IEEE operation rounds correctly.
            double d = Long.parseLong(n.digits);
            value = n.exponent >= 0 ? d * POW10[(int) n.exponent] : d / POW10[(int) -n.exponent];
        } else {
            Rounded r = round(n, DOUBLE);
            if (r.status == Rounded.OVERFLOW) {
                if (refuseRange) {
                    return null;
                }
                value = Double.POSITIVE_INFINITY;
            } else if (r.status == Rounded.UNDERFLOW) {
                if (refuseRange) {
                    return null;
                }
                value = 0.0;
            } else {
                long m = r.mantissa.longValueExact();
                value = m >= (1L << 52)
                        ? Double.longBitsToDouble(((long) (r.exponent + 52 + 1023) << 52) | (m - (1L << 52)))
                        : Double.longBitsToDouble(m); // subnormal: exponent is -1074
            }
        }
        return n.negative ? -value : value;
    }

    /** Rounds a FINITE scan to {@code format}, round-half-even, with IEEE gradual underflow. */
    static Rounded round(Scanned n, Format format) {
        String text = n.digits;
        if (text.isEmpty()) {
            return new Rounded(Rounded.FINITE, BigInteger.ZERO, 0);
        }
        long exp = n.exponent;
        int maxDigits = n.hex ? format.maxHexDigits : format.maxDecimalDigits;
        boolean sticky = n.sticky;
        if (text.length() > maxDigits) {
            for (int k = maxDigits; k < text.length() && !sticky; k++) {
                sticky = text.charAt(k) != '0';
            }
            exp += (n.hex ? 4L : 1L) * (text.length() - maxDigits);
            text = text.substring(0, maxDigits);
        }
        if (sticky) {
            // Anything nonzero below the kept digits only matters as "a bit more than this".
            text = text + "1";
            exp -= n.hex ? 4 : 1;
        }
        if (n.hex) {
            BigInteger digits = new BigInteger(text, 16);
            long topBit = digits.bitLength() - 1 + exp; // floor(log2(value))
            if (topBit > format.maxUlpExponent + format.precision - 1) {
                return new Rounded(Rounded.OVERFLOW, null, 0);
            }
            if (topBit < format.minUlpExponent - 2) {
                return new Rounded(Rounded.UNDERFLOW, null, 0);
            }
            return roundRational(digits, BigInteger.ONE, (int) exp, format);
        }
        long leadExp = exp + text.length() - 1; // decimal exponent of the leading digit
        if (leadExp > format.overflowDecimalExponent) {
            return new Rounded(Rounded.OVERFLOW, null, 0);
        }
        if (leadExp < format.underflowDecimalExponent) {
            return new Rounded(Rounded.UNDERFLOW, null, 0);
        }
        BigInteger digits = new BigInteger(text);
        int e = (int) exp;
        if (e >= 0) {
            return roundRational(digits.multiply(BigInteger.TEN.pow(e)), BigInteger.ONE, 0, format);
        }
        return roundRational(digits, BigInteger.TEN.pow(-e), 0, format);
    }

    /** Rounds num/den * 2^binExp (num, den > 0) to the format. */
    static Rounded roundRational(BigInteger num, BigInteger den, int binExp, Format format) {
        int a = num.bitLength();
        int b = den.bitLength();
        // num/den lies in (2^(a-b-1), 2^(a-b+1)): floor(log2) is a-b-1 or a-b.
        int shift = a - b;
        int cmp = shift >= 0 ? num.compareTo(den.shiftLeft(shift)) : num.shiftLeft(-shift).compareTo(den);
        long e = (long) shift + binExp - (cmp >= 0 ? 0 : 1);
        int maxTop = format.maxUlpExponent + format.precision - 1;
        if (e > maxTop) {
            return new Rounded(Rounded.OVERFLOW, null, 0);
        }
        long k = Math.max(e - (format.precision - 1), format.minUlpExponent);
        // mantissa = round(num * 2^(binExp - k) / den)
        long up = binExp - k;
        BigInteger n = up >= 0 ? num.shiftLeft((int) up) : num;
        BigInteger d = up >= 0 ? den : den.shiftLeft((int) -up);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(d);
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        if (q.signum() == 0) {
            return new Rounded(Rounded.UNDERFLOW, null, 0);
        }
        if (q.bitLength() > format.precision) { // rounded up to the next binade
            q = q.shiftRight(1);
            k++;
        }
        if (k > format.maxUlpExponent) {
            return new Rounded(Rounded.OVERFLOW, null, 0);
        }
        return new Rounded(Rounded.FINITE, q, (int) k);
    }

    private static boolean matchesIgnoreCase(byte[] s, int i, int to, String word) {
        return to - i == word.length() && matchesPrefixIgnoreCase(s, i, word);
    }

    private static boolean matchesPrefixIgnoreCase(byte[] s, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            int b = s[i + k];
            if (b >= 'A' && b <= 'Z') {
                b += 32;
            }
            if (b != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
