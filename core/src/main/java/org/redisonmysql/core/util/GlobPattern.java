package org.redisonmysql.core.util;

/**
 * Redis's glob-style matching ({@code KEYS}, {@code SCAN MATCH}, {@code PSUBSCRIBE}, ...) over
 * bytes: {@code *}, {@code ?}, {@code [abc]}, {@code [^abc]}, {@code [a-z]} and {@code \} escapes,
 * with Redis's treatment of unterminated classes and reversed ranges.
 */
public final class GlobPattern {
    private final byte[] pattern;
    private final boolean matchesEverything;

    public GlobPattern(byte[] pattern) {
        this.pattern = pattern.clone();
        this.matchesEverything = pattern.length == 1 && pattern[0] == '*';
    }

    public boolean matchesEverything() {
        return matchesEverything;
    }

    public boolean matches(byte[] subject) {
        return matchesEverything || match(pattern, 0, subject, 0, false, 0);
    }

    public static boolean matches(byte[] pattern, byte[] subject, boolean nocase) {
        return match(pattern, 0, subject, 0, nocase, 0);
    }

    /**
     * The literal prefix before the first special character, or null when there is none; lets a
     * repository narrow a scan with an index range before matching.
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

    private static boolean match(byte[] p, int pi, byte[] s, int si, boolean nocase, int depth) {
        if (depth > 1000) {
            return false; // Redis caps recursion too (stringmatchlen_impl nesting)
        }
        int plen = p.length;
        int slen = s.length;
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
                        if (match(p, pi + 1, s, k, nocase, depth + 1)) {
                            return true;
                        }
                    }
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
                    while (true) {
                        if (pi < plen && p[pi] == '\\' && pi + 1 < plen) {
                            pi++;
                            if (eq(p[pi], s[si], nocase)) {
                                found = true;
                            }
                        } else if (pi >= plen || p[pi] == ']') {
                            // An unterminated class ends at the pattern's end (Redis steps back one).
                            if (pi >= plen) {
                                pi--;
                            }
                            break;
                        } else if (pi + 2 < plen && p[pi + 1] == '-') {
                            int start = p[pi] & 0xff;
                            int end = p[pi + 2] & 0xff;
                            int c = s[si] & 0xff;
                            if (start > end) {
                                int t = start;
                                start = end;
                                end = t;
                            }
                            if (nocase) {
                                start = lower(start);
                                end = lower(end);
                                c = lower(c);
                            }
                            pi += 2;
                            if (c >= start && c <= end) {
                                found = true;
                            }
                        } else if (eq(p[pi], s[si], nocase)) {
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
                    // fall through: compare the escaped byte literally
                default:
                    if (!eq(p[pi], s[si], nocase)) {
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

    private static boolean eq(byte a, byte b, boolean nocase) {
        return nocase ? lower(a & 0xff) == lower(b & 0xff) : a == b;
    }

    private static int lower(int c) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
}
