package org.redisonmysql.core.util;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobPatternTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<byte[]> subjects(String file, String prefix) {
        String line = Vectors.header(file).stream().filter(h -> h.startsWith(prefix)).findFirst().orElseThrow();
        List<byte[]> out = new ArrayList<>();
        for (String k : line.substring(prefix.length()).split(",")) {
            out.add(Vectors.bytes(k));
        }
        return out;
    }

    private static void checkMasks(String file, List<byte[]> subjects, boolean nocase) {
        List<String[]> rows = Vectors.rows(file);
        assertThat(rows).hasSizeGreaterThan(1000);
        for (String[] row : rows) {
            byte[] pattern = Vectors.bytes(row[0]);
            BigInteger mask = new BigInteger(row[1], 16);
            for (int i = 0; i < subjects.size(); i++) {
                byte[] subject = subjects.get(i);
                boolean expected = mask.testBit(i);
                assertThat(GlobPattern.matches(pattern, subject, nocase))
                        .as("pattern '%s' subject '%s' nocase=%s", Vectors.text(row[0]),
                                new String(subject, StandardCharsets.ISO_8859_1), nocase)
                        .isEqualTo(expected);
                if (!nocase) {
                    assertThat(new GlobPattern(pattern).matches(subject)).isEqualTo(expected);
                }
            }
        }
    }

    /** glob.tsv: KEYS pattern over a fixed key set on real Redis 7.0.15. */
    @Test
    void caseSensitiveMatchesRedisKeys() {
        List<byte[]> keys = subjects("glob.tsv", "keys(enc,comma-separated): ");
        assertThat(keys).hasSizeGreaterThan(50);
        checkMasks("glob.tsv", keys, false);
    }

    /** glob_nocase.tsv: COMMAND LIST FILTERBY PATTERN (stringmatchlen with nocase) on Redis 7.0.15. */
    @Test
    void noCaseMatchesRedisCommandList() {
        List<byte[]> names = subjects("glob_nocase.tsv", "nocase subjects (enc,comma-separated): ");
        assertThat(names).hasSizeGreaterThan(200);
        checkMasks("glob_nocase.tsv", names, true);
    }

    /** glob_special.tsv: the 1000-star nesting cap and patterns that are exponential without pruning. */
    @Test
    void nestingLimitAndPathologicalPatterns() {
        long started = System.nanoTime();
        for (String[] row : Vectors.rows("glob_special.tsv")) {
            byte[] pattern = Vectors.bytes(row[0]);
            byte[] key = Vectors.bytes(row[1]);
            assertThat(new GlobPattern(pattern).matches(key))
                    .as("pattern of %d bytes vs key of %d bytes", pattern.length, key.length)
                    .isEqualTo(row[2].equals("1"));
        }
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @Test
    void quirks() {
        assertThat(GlobPattern.matches(b("[a-\u00ff]"), b("\0"), false)).isTrue(); // signed chars: -1..'a'
        assertThat(GlobPattern.matches(b("[a-\u00ff]"), b("\u0080"), false)).isFalse();
        assertThat(GlobPattern.matches(b("[^"), b("x"), false)).isTrue();
        assertThat(GlobPattern.matches(b("["), b("["), false)).isFalse();
        assertThat(GlobPattern.matches(b("[a-]"), b("]"), false)).isTrue();
        assertThat(GlobPattern.matches(b("[\\G]et"), b("get"), true)).isFalse();
        assertThat(GlobPattern.matches(b("[G]et"), b("get"), true)).isTrue();
        assertThat(GlobPattern.matches(b("\\"), b("\\"), false)).isTrue();
        assertThat(GlobPattern.matches(b("a*"), b(""), false)).isFalse();
        // stringmatchlen never matches an empty subject with a non-empty pattern; only the exact
        // pattern "*" is short-circuited by KEYS/SCAN (Redis 7.0.15: KEYS ** skips the empty key)
        assertThat(GlobPattern.matches(b("*"), b(""), false)).isFalse();
        assertThat(new GlobPattern(b("*")).matches(b(""))).isTrue();
        assertThat(new GlobPattern(b("**")).matches(b(""))).isFalse();
        assertThat(GlobPattern.matches(b(""), b(""), false)).isTrue();
        assertThat(new GlobPattern(b("*")).matchesEverything()).isTrue();
        assertThat(new GlobPattern(b("user:*")).literalPrefix()).isEqualTo(b("user:"));
        assertThat(new GlobPattern(b("a\\*b")).literalPrefix()).isEqualTo(b("a"));
        assertThat(new GlobPattern(b("?x")).literalPrefix()).isNull();
    }
}
