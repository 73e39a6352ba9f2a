package org.redisonmysql.core.util;

import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.error.Errors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * SCAN-family cursors and options as Redis 7 parses them. A collection cursor is a position in
 * the SHA-256 order of its fields or members: the top 62 bits of the next hash, plus one (0 means
 * "start" and "done"). Resuming at that prefix returns every element present for the whole scan;
 * elements sharing the 62-bit prefix of the boundary may be returned twice, which SCAN allows.
 */
public final class ScanCursor {
    private static final int HASH_BYTES = 32;

    /** COUNT and MATCH of an HSCAN/SSCAN/ZSCAN (TYPE is SCAN's alone: a syntax error here). */
    public record Options(int count, GlobPattern match) {
    }

    private ScanCursor() {
    }

    /**
     * Redis's {@code parseScanCursorOrReply}: {@code strtoul} of the whole argument, so a sign is
     * accepted ("-1" wraps), leading space, trailing bytes and overflow are {@code ERR invalid cursor},
     * and the empty string is cursor 0.
     */
    public static long parse(byte[] s) {
        int i = 0;
        boolean negative = false;
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            negative = s[0] == '-';
            i = 1;
        }
        if (s.length == 0) {
            return 0;
        }
        if (i == s.length) {
            throw invalid();
        }
        long value = 0;
        for (; i < s.length; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                throw invalid();
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0) {
                throw invalid();
            }
            long next = value * 10 + d;
            if (Long.compareUnsigned(next, value * 10) < 0) {
                throw invalid();
            }
            value = next;
        }
        return negative ? -value : value;
    }

    /** Parses {@code COUNT n} / {@code MATCH pattern} from {@code from} on; COUNT defaults to 10. */
    public static Options options(CommandArgs args, int from) {
        long count = 10;
        GlobPattern match = null;
        for (int i = from; i < args.size(); i += 2) {
            boolean hasValue = i + 1 < args.size();
            if (hasValue && args.is(i, "count")) {
                count = args.longAt(i + 1);
                if (count < 1) {
                    throw Errors.syntax();
                }
            } else if (hasValue && args.is(i, "match")) {
                match = new GlobPattern(args.get(i + 1));
            } else {
                throw Errors.syntax();
            }
        }
        if (match != null && match.matchesEverything()) {
            match = null;
        }
        return new Options((int) Math.min(count, 100_000), match);
    }

    /** The first hash (inclusive) a nonzero cursor resumes at. */
    public static byte[] startHash(long cursor) {
        byte[] start = new byte[HASH_BYTES];
        ByteBuffer.wrap(start).putLong((cursor - 1) << 2);
        return start;
    }

    /** The cursor that resumes at the element with this hash. */
    public static long cursorFor(byte[] nextHash) {
        return (ByteBuffer.wrap(nextHash).getLong() >>> 2) + 1;
    }

    /** The cursor as Redis prints it: unsigned decimal. */
    public static byte[] text(long cursor) {
        return Long.toUnsignedString(cursor).getBytes(StandardCharsets.US_ASCII);
    }

    private static RuntimeException invalid() {
        return Errors.of("ERR invalid cursor");
    }
}
