package org.redisonmysql.core.util;

import org.redisonmysql.core.error.Errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The LCS command's result as Redis 7.0 computes it: the longest common subsequence of two byte
 * strings, its length, and the matched ranges (IDX) in the order Redis reports them: walking
 * back from the ends of both strings, preferring, on a mismatch, to drop a byte of {@code b}
 * unless dropping one of {@code a} keeps a strictly longer LCS. Ranges are therefore listed from
 * the end of the strings towards their start.
 *
 * <p>Redis fills an {@code (alen+1)*(blen+1)} table of 32-bit counters and refuses when that
 * table would exceed {@code proto-max-bulk-len} bytes. Here the same table is held as one bit
 * per cell (each cell differs from its left neighbour by 0 or 1; the rows are computed with the
 * bit-parallel LCS recurrence), so the memory is 1/32 of Redis's and the time about 1/64.
 *
 * <p>Command-level order of checks in Redis 7.0.15, for the caller: both keys must hold strings
 * (missing keys are empty strings) else {@link #ERR_NOT_STRINGS}; then options are parsed left
 * to right ({@code LEN}, {@code IDX}, {@code WITHMATCHLEN}, {@code MINMATCHLEN <n>} with n parsed
 * as a long long, negative meaning 0; anything else, including a trailing {@code MINMATCHLEN},
 * is a syntax error); then LEN together with IDX gives {@link #ERR_LEN_AND_IDX}; then the table
 * size check of {@link #checkTableSize}. Replies: no option: the LCS as a bulk string;
 * {@code LEN}: an integer; {@code IDX}: a map {@code matches} -> array of
 * {@code [[aStart, aEnd], [bStart, bEnd]]} (plus the match length with WITHMATCHLEN), then
 * {@code len} -> the LCS length.
 */
public final class Lcs {
    public static final String ERR_NOT_STRINGS = "ERR The specified keys must contain string values";
    public static final String ERR_LEN_AND_IDX = "ERR If you want both the length and indexes, please just use IDX.";
    public static final String ERR_TABLE_TOO_BIG =
            "ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len";
    public static final String ERR_ALLOCATION =
            "ERR Insufficient memory, failed allocating transient memory for LCS";

    /** One IDX match: inclusive byte ranges in {@code a} and {@code b}, and their common length. */
    public record Match(long aStart, long aEnd, long bStart, long bEnd, long length) {
    }

    /** The LCS string, its length, and the IDX matches (already filtered by MINMATCHLEN). */
    public record Result(byte[] lcs, long length, List<Match> matches) {
    }

    private Lcs() {
    }

    /**
     * Refuses like Redis when its table of {@code (alen+1)*(blen+1)} 4-byte counters would exceed
     * {@code protoMaxBulkLen} bytes: {@link #ERR_TABLE_TOO_BIG}.
     */
    public static void checkTableSize(long alen, long blen, long protoMaxBulkLen) {
        if (tableBytes(alen, blen) > protoMaxBulkLen) {
            throw Errors.of(ERR_TABLE_TOO_BIG);
        }
    }

    /** The bytes of Redis's transient LCS table for strings of these lengths. */
    public static long tableBytes(long alen, long blen) {
        return (alen + 1) * (blen + 1) * 4;
    }

    /** {@code LCS a b LEN}: the length only (after the same size check as Redis). */
    public static long length(byte[] a, byte[] b, long protoMaxBulkLen) {
        checkTableSize(a.length, b.length, protoMaxBulkLen);
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        long[][] masks = matchMasks(b);
        int words = wordCount(b.length);
        long[] v = allOnes(words);
        for (byte c : a) {
            step(v, masks[c & 0xff], v);
        }
        return zerosWithin(v, b.length);
    }

    /**
     * The LCS string and the IDX matches. {@code minMatchLen <= 0} keeps every match; otherwise
     * only matches at least that long are listed (the LCS string and length are unaffected).
     */
    public static Result compute(byte[] a, byte[] b, long protoMaxBulkLen, long minMatchLen) {
        checkTableSize(a.length, b.length, protoMaxBulkLen);
        int alen = a.length;
        int blen = b.length;
        if (alen == 0 || blen == 0) {
            return new Result(new byte[0], 0, List.of());
        }
        int words = wordCount(blen);
        long[][] rows; // rows[i-1] holds V after i bytes of a: bit j-1 clear <=> LCS(i,j) = LCS(i,j-1)+1
        try {
            rows = new long[alen][words];
        } catch (OutOfMemoryError e) {
            throw Errors.of(ERR_ALLOCATION);
        }
        long[][] masks = matchMasks(b);
        long[] v = allOnes(words);
        for (int i = 0; i < alen; i++) {
            step(v, masks[a[i] & 0xff], rows[i]);
            v = rows[i];
        }
        int total = (int) zerosWithin(v, blen);
        byte[] lcs = new byte[total];
        List<Match> matches = new ArrayList<>();
        int idx = total;
        int i = alen;
        int j = blen;
        long noRange = alen; // Redis's "no current range" marker
        long aStart = noRange;
        long aEnd = 0;
        long bStart = 0;
        long bEnd = 0;
        while (i > 0 && j > 0) {
            boolean emit = false;
            if (a[i - 1] == b[j - 1]) {
                lcs[--idx] = a[i - 1];
                if (aStart == noRange) {
                    aStart = i - 1;
                    aEnd = i - 1;
                    bStart = j - 1;
                    bEnd = j - 1;
                } else if (aStart == i && bStart == j) {
                    aStart--;
                    bStart--;
                } else {
                    emit = true;
                }
                if (aStart == 0 || bStart == 0) {
                    emit = true;
                }
                i--;
                j--;
            } else {
                // LCS(i-1,j) > LCS(i,j-1) exactly when LCS(i,j) = LCS(i,j-1)+1.
                boolean rowGrows = (rows[i - 1][(j - 1) >>> 6] & (1L << ((j - 1) & 63))) == 0;
                if (rowGrows) {
                    i--;
                } else {
                    j--;
                }
                if (aStart != noRange) {
                    emit = true;
                }
            }
            if (emit) {
                long matchLen = aEnd - aStart + 1;
                if (minMatchLen <= 0 || matchLen >= minMatchLen) {
                    matches.add(new Match(aStart, aEnd, bStart, bEnd, matchLen));
                }
                aStart = noRange;
            }
        }
        return new Result(lcs, total, Collections.unmodifiableList(matches));
    }

    private static int wordCount(int bits) {
        return (bits + 63) >>> 6;
    }

    private static long[] allOnes(int words) {
        long[] v = new long[words];
        java.util.Arrays.fill(v, -1L);
        return v;
    }

    /** For each byte value, the bit set of positions of {@code b} holding it (null when none). */
    private static long[][] matchMasks(byte[] b) {
        long[][] masks = new long[256][];
        int words = wordCount(b.length);
        for (int j = 0; j < b.length; j++) {
            int c = b[j] & 0xff;
            if (masks[c] == null) {
                masks[c] = new long[words];
            }
            masks[c][j >>> 6] |= 1L << (j & 63);
        }
        return masks;
    }

    /** One row of the bit-parallel recurrence: out = (v + u) | (v - u) with u = v & mask. */
    private static void step(long[] v, long[] mask, long[] out) {
        if (mask == null) {
            if (out != v) {
                System.arraycopy(v, 0, out, 0, v.length);
            }
            return;
        }
        long carry = 0;
        for (int w = 0; w < v.length; w++) {
            long x = v[w];
            long u = x & mask[w];
            long sum = x + u;
            long withCarry = sum + carry;
            // unsigned carry out of x + u + carry
            long c1 = Long.compareUnsigned(sum, x) < 0 ? 1 : 0;
            long c2 = Long.compareUnsigned(withCarry, sum) < 0 ? 1 : 0;
            carry = c1 | c2;
            out[w] = withCarry | (x & ~u); // u is a subset of x, so x - u = x & ~u
        }
    }

    private static long zerosWithin(long[] v, int bits) {
        long zeros = 0;
        for (int w = 0; w < v.length; w++) {
            long inverted = ~v[w];
            int valid = Math.min(64, bits - (w << 6));
            if (valid < 64) {
                inverted &= (1L << valid) - 1;
            }
            zeros += Long.bitCount(inverted);
        }
        return zeros;
    }
}
