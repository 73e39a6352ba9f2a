package org.redisonmysql.core.util;

/**
 * Redis's glob-style matching ({@code KEYS}, {@code SCAN MATCH}, {@code PSUBSCRIBE}, ...) over
 * bytes: {@code *}, {@code ?}, {@code [abc]}, {@code [^abc]}, {@code [a-z]} and {@code \} escapes,
 * with Redis 7.0's exact quirks (verified against redis-server 7.0.15):
 * <ul>
 *   <li>range bounds and the subject byte are compared as <em>signed</em> C chars, so
 *       {@code [a-\xff]} covers {@code \xff} and everything from {@code \x00} to {@code a}, but not
 *       {@code \x80}..{@code \xfe};</li>
 *   <li>reversed ranges ({@code [z-a]}) are swapped; in a class, {@code x-} followed by any byte is a
 *       range, so {@code [a-]} is the range {@code a..]} and leaves the class unterminated;</li>
 *   <li>an unterminated class runs to the end of the pattern and still consumes one subject byte
 *       ({@code [^} matches any single byte, {@code [} matches nothing);</li>
 *   <li>with {@code nocase}, an escaped byte inside a class is still compared case-sensitively;</li>
 *   <li>a non-empty pattern never matches an empty subject, not even {@code *} or {@code **}; only
 *       the exact pattern {@code *} is short-circuited to match everything (KEYS/SCAN do that, and
 *       so does {@link #matches(byte[])} through {@link #matchesEverything()});</li>
 *   <li>recursion over {@code *} is capped at 1000 nested stars (no match beyond), and a failed
 *       star stops every enclosing star from retrying, as Redis does since 7.0.9.</li>
 * </ul>
 */
public final class GlobPattern {
    private static final int MAX_NESTING = 1000;

    private final byte[] pattern;
    private final boolean matchesEverything;

    public GlobPattern(byte[] pattern) {
        this.pattern = pattern.clone();
        this.matchesEverything = pattern.length == 1 && pattern[0] == '*';
    }

    /** True only for the pattern {@code "*"}, which Redis short-circuits without matching. */
    public boolean matchesEverything() {
        return matchesEverything;
    }

    /** Case-sensitive match, as KEYS, SCAN MATCH and PSUBSCRIBE use it. */
    public boolean matches(byte[] subject) {
        return matchesEverything || matches(pattern, subject, false);
    }

    /** Redis's {@code stringmatchlen(pattern, subject, nocase)}. */
    public static boolean matches(byte[] pattern, byte[] subject, boolean nocase) {
        return new Matcher(pattern, subject, nocase).match(0, 0, 0);
    }

    /**
     * The literal prefix before the first special character, or null when there is none; lets a
     * repository narrow a scan with an index range before matching (valid for case-sensitive
     * matching only).
     */
    public byte[] literalPrefix() {
        int i = 0;
        while (i < pattern.length) {
            byte c = pattern[i];
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                break;
            }
            i++;
        }
        if (i == 0) {
            return null;
        }
        byte[] prefix = new byte[i];
        System.arraycopy(pattern, 0, prefix, 0, i);
        return prefix;
    }

    private static final class Matcher {
        private final byte[] p;
        private final byte[] s;
        private final boolean nocase;
        /** Set once a star found no match anywhere in the rest of the subject. */
        private boolean skipLongerMatches;

        Matcher(byte[] p, byte[] s, boolean nocase) {
            this.p = p;
            this.s = s;
            this.nocase = nocase;
        }

        boolean match(int pi, int si, int nesting) {
            if (nesting > MAX_NESTING) {
                return false;
            }
            final int plen = p.length;
            final int slen = s.length;
            while (pi < plen && si < slen) {
                switch (p[pi]) {
                    case '*': {
                        while (pi + 1 < plen && p[pi + 1] == '*') {
                            pi++;
                        }
                        if (pi + 1 == plen) {
                            return true;
                        }
                        for (int k = si; k < slen; k++) {
                            if (match(pi + 1, k, nesting + 1)) {
                                return true;
                            }
                            if (skipLongerMatches) {
                                return false;
                            }
                        }
                        skipLongerMatches = true;
                        return false;
                    }
                    case '?':
                        si++;
                        break;
                    case '[': {
                        pi++;
                        boolean not = pi < plen && p[pi] == '^';
                        if (not) {
                            pi++;
                        }
                        boolean found = false;
                        int c = s[si]; // signed, like a C char
                        while (true) {
                            if (pi + 1 < plen && p[pi] == '\\') {
                                pi++;
                                if (p[pi] == s[si]) { // case-sensitive even with nocase
                                    found = true;
                                }
                            } else if (pi < plen && p[pi] == ']') {
                                break;
                            } else if (pi >= plen) {
                                pi--; // unterminated: the class ends with the pattern
                                break;
                            } else if (pi + 2 < plen && p[pi + 1] == '-') {
                                int start = p[pi];
                                int end = p[pi + 2];
                                int ch = c;
                                if (start > end) {
                                    int t = start;
                                    start = end;
                                    end = t;
                                }
                                if (nocase) {
                                    start = lower(start);
                                    end = lower(end);
                                    ch = lower(ch);
                                }
                                pi += 2;
                                if (ch >= start && ch <= end) {
                                    found = true;
                                }
                            } else if (eq(p[pi], s[si])) {
                                found = true;
                            }
                            pi++;
                        }
                        if (not) {
                            found = !found;
                        }
                        if (!found) {
                            return false;
                        }
                        si++;
                        break;
                    }
                    case '\\':
                        if (pi + 1 < plen) {
                            pi++;
                        }
                        // fall through: compare the (escaped) byte literally
                    default:
                        if (!eq(p[pi], s[si])) {
                            return false;
                        }
                        si++;
                        break;
                }
                pi++;
                if (si == slen) {
                    while (pi < plen && p[pi] == '*') {
                        pi++;
                    }
                    break;
                }
            }
            return pi == plen && si == slen;
        }

        private boolean eq(byte a, byte b) {
            return nocase ? lower(a) == lower(b) : a == b;
        }

        /** C {@code tolower} in the C locale on a (possibly negative) char value. */
        private static int lower(int c) {
            return (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
    }
}
