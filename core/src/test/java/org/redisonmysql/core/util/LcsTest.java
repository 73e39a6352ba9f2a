package org.redisonmysql.core.util;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LcsTest {
    private static final long MAX = RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String matches(Lcs.Result r) {
        List<String> parts = new ArrayList<>();
        for (Lcs.Match m : r.matches()) {
            parts.add(m.aStart() + "," + m.aEnd() + "," + m.bStart() + "," + m.bEnd() + "," + m.length());
        }
        return parts.isEmpty() ? "~" : String.join(";", parts);
    }

    /** lcs.tsv: LCS, LCS LEN and LCS IDX MINMATCHLEN n WITHMATCHLEN on real Redis 7.0.15. */
    @Test
    void matchesRedis() {
        List<String[]> rows = Vectors.rows("lcs.tsv");
        assertThat(rows).hasSizeGreaterThan(1000);
        for (String[] row : rows) {
            byte[] a = Vectors.bytes(row[0]);
            byte[] b = Vectors.bytes(row[1]);
            long min = Long.parseLong(row[2]);
            String what = "a='" + Vectors.text(row[0]) + "' b='" + Vectors.text(row[1]) + "' min=" + min;
            Lcs.Result r = Lcs.compute(a, b, MAX, min);
            assertThat(r.lcs()).as(what).isEqualTo(Vectors.bytes(row[3]));
            assertThat(r.length()).as(what).isEqualTo(Long.parseLong(row[4]));
            assertThat(Lcs.length(a, b, MAX)).as(what).isEqualTo(Long.parseLong(row[4]));
            assertThat(matches(r)).as(what).isEqualTo(row[5]);
        }
    }

    /** The bit-parallel table against Redis's plain DP walk, on random strings of all shapes. */
    @Test
    void agreesWithPlainDynamicProgramming() {
        Random rnd = new Random(11);
        for (int n = 0; n < 3000; n++) {
            int alphabet = 1 + rnd.nextInt(n % 3 == 0 ? 3 : 20);
            byte[] a = randomBytes(rnd, rnd.nextInt(n % 10 == 0 ? 300 : 70), alphabet);
            byte[] b = randomBytes(rnd, rnd.nextInt(n % 7 == 0 ? 300 : 70), alphabet);
            long min = rnd.nextInt(4);
            String expected = naive(a, b, min);
            Lcs.Result r = Lcs.compute(a, b, MAX, min);
            assertThat(new String(r.lcs(), StandardCharsets.ISO_8859_1) + "|" + r.length() + "|" + matches(r))
                    .isEqualTo(expected);
        }
    }

    private static byte[] randomBytes(Random rnd, int len, int alphabet) {
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            out[i] = (byte) (250 + rnd.nextInt(alphabet)); // crosses the signed/unsigned byte boundary
        }
        return out;
    }

    /** Redis's algorithm with the full table, written plainly, as the reference. */
    private static String naive(byte[] a, byte[] b, long min) {
        int alen = a.length;
        int blen = b.length;
        int[][] t = new int[alen + 1][blen + 1];
        for (int i = 1; i <= alen; i++) {
            for (int j = 1; j <= blen; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        int idx = t[alen][blen];
        byte[] lcs = new byte[idx];
        List<String> parts = new ArrayList<>();
        int i = alen;
        int j = blen;
        int as = alen;
        int ae = 0;
        int bs = 0;
        int be = 0;
        while (i > 0 && j > 0) {
            boolean emit = false;
            if (a[i - 1] == b[j - 1]) {
                lcs[--idx] = a[i - 1];
                if (as == alen) {
                    as = i - 1;
                    ae = i - 1;
                    bs = j - 1;
                    be = j - 1;
                } else if (as == i && bs == j) {
                    as--;
                    bs--;
                } else {
                    emit = true;
                }
                if (as == 0 || bs == 0) {
                    emit = true;
                }
                i--;
                j--;
            } else {
                if (t[i - 1][j] > t[i][j - 1]) {
                    i--;
                } else {
                    j--;
                }
                if (as != alen) {
                    emit = true;
                }
            }
            if (emit) {
                int len = ae - as + 1;
                if (min == 0 || len >= min) {
                    parts.add(as + "," + ae + "," + bs + "," + be + "," + len);
                }
                as = alen;
            }
        }
        return new String(lcs, StandardCharsets.ISO_8859_1) + "|" + t[alen][blen] + "|"
                + (parts.isEmpty() ? "~" : String.join(";", parts));
    }

    @Test
    void tableSizeLimitLikeRedis() {
        // Redis 7.0.15: 11584-byte strings pass, 11585 exceed 512 MB of 4-byte cells.
        Lcs.checkTableSize(11584, 11584, MAX);
        assertThatThrownBy(() -> Lcs.checkTableSize(11585, 11585, MAX)).isInstanceOf(RedisException.class)
                .hasMessage("ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
        // with proto-max-bulk-len 1mb: 511 passes, 512 * 512 * 4 is exactly the limit and passes too
        Lcs.checkTableSize(511, 511, 1 << 20);
        assertThatThrownBy(() -> Lcs.length(new byte[600], new byte[600], 1 << 20))
                .hasMessage(Lcs.ERR_TABLE_TOO_BIG);
        assertThatThrownBy(() -> Lcs.checkTableSize(200_000_000, 0, MAX)).hasMessage(Lcs.ERR_TABLE_TOO_BIG);
        Lcs.checkTableSize(100_000_000, 0, MAX);
    }

    @Test
    void largestAllowedInputIsFast() {
        Random rnd = new Random(3);
        byte[] a = randomBytes(rnd, 11584, 4);
        byte[] b = randomBytes(rnd, 11584, 4);
        long started = System.nanoTime();
        Lcs.Result r = Lcs.compute(a, b, MAX, 3);
        assertThat(r.length()).isEqualTo(Lcs.length(a, b, MAX)).isGreaterThan(7000);
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @Test
    void documentedExample() {
        Lcs.Result r = Lcs.compute(b("ohmytext"), b("mynewtext"), MAX, 0);
        assertThat(new String(r.lcs(), StandardCharsets.US_ASCII)).isEqualTo("mytext");
        assertThat(r.matches()).containsExactly(new Lcs.Match(4, 7, 5, 8, 4), new Lcs.Match(2, 3, 0, 1, 2));
        assertThat(Lcs.compute(b("ohmytext"), b("mynewtext"), MAX, 4).matches())
                .containsExactly(new Lcs.Match(4, 7, 5, 8, 4));
    }
}
