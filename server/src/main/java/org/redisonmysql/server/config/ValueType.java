package org.redisonmysql.server.config;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** How a setting's text is checked and converted. Units are in the key's name, never in the value. */
public enum ValueType {
    STRING {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    POSITIVE_INT {
        @Override
        Object parse(String text) {
            long v = wholeNumber(text);
            if (v < 1) {
                throw new IllegalArgumentException("must be at least 1");
            }
            return (int) v;
        }
    },
    NON_NEGATIVE_INT {
        @Override
        Object parse(String text) {
            return (int) wholeNumber(text);
        }
    },
    BOOLEAN {
        @Override
        Object parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true")) {
                return Boolean.TRUE;
            }
            if (t.equals("false")) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException("must be true or false");
        }
    },
    ADDRESS {
        @Override
        Object parse(String text) {
            return HostPort.parse(text.trim());
        }
    },
    REGEX {
        @Override
        Object parse(String text) {
            try {
                return Pattern.compile(toJavaSyntax(text));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("is not a valid regular expression: " + e.getDescription());
            }
        }
    };

    abstract Object parse(String text);

    /** The original proxy's files use Python/Rust named groups {@code (?P<name>...)}; Java spells them {@code (?<name>...)}. */
    static String toJavaSyntax(String regex) {
        return regex.replace("(?P<", "(?<");
    }

    private static long wholeNumber(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("must be a whole number without a unit (the unit is in the setting's name)");
        }
        long v = Long.parseLong(t);
        if (v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("must be at most " + Integer.MAX_VALUE);
        }
        return v;
    }
}
