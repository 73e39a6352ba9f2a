package org.redisonmysql.core.util;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The subset of C's {@code strtod} Redis relies on, with Redis's extra checks: the whole text must
 * be consumed, NaN is refused, overflow to infinity and underflow to zero are refused.
 */
final class StrtodParser {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?\\d+)?");

    private StrtodParser() {
    }

    static Double parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double value;
        if (DECIMAL.matcher(text).matches()) {
            value = Double.parseDouble(text);
        } else if (HEX.matcher(text).matches()) {
            value = Double.parseDouble(lower.contains("p") ? lower : lower + "p0");
        } else {
            return null;
        }
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return null;
        }
        if (value == 0 && hasNonZeroMantissa(text)) {
            return null; // underflow: strtod sets ERANGE and returns 0
        }
        return value;
    }

    private static boolean hasNonZeroMantissa(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean hex = lower.contains("x");
        int end = lower.indexOf(hex ? 'p' : 'e');
        String mantissa = end < 0 ? lower : lower.substring(0, end);
        if (hex) {
            mantissa = mantissa.substring(mantissa.indexOf('x') + 1);
        }
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c != '0' && c != '.' && c != '+' && c != '-') {
                return true;
            }
        }
        return false;
    }
}
