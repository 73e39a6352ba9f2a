package org.redisonmysql.core.util;

import org.redisonmysql.core.error.Errors;

import java.util.Arrays;

/**
 * Pure helpers for the string commands' index and size rules, as Redis 7.0.15 applies them.
 *
 * <p>Order of checks, for callers: GETRANGE parses start and end (long long) before looking the
 * key up, a missing key is an empty bulk. SETRANGE parses the offset (long), refuses a negative
 * one with {@link #ERR_OFFSET_OUT_OF_RANGE}, then checks the type; an empty value then replies
 * the current length (0 and no key created when missing) without any size check; otherwise
 * {@link #checkStringLength} on {@code offset + value length}. APPEND to a missing key just
 * stores the value; to an existing string it checks {@code current length + appended length}.
 * Redis skips the size check for its master link and AOF loading.
 */
public final class RedisStrings {
    public static final String ERR_OFFSET_OUT_OF_RANGE = "ERR offset is out of range";
    public static final String ERR_EXCEEDS_MAX_SIZE = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";
    /** Redis's default {@code proto-max-bulk-len}: 512 MB. */
    public static final long DEFAULT_PROTO_MAX_BULK_LEN = 512L * 1024 * 1024;

    private RedisStrings() {
    }

    /**
     * GETRANGE's normalization: the half-open byte range {@code [from, to)} of a string of
     * {@code length} bytes selected by inclusive {@code start}/{@code end} (negative counts from
     * the end), as {@code {from, to}}; {@code from == to} means the empty bulk. Both negative with
     * start > end is empty; negatives are offset by the length then clamped to 0; end is clamped
     * to the last byte.
     */
    public static long[] getRangeBounds(long start, long end, long length) {
        if (start < 0 && end < 0 && start > end) {
            return new long[] {0, 0};
        }
        if (start < 0) {
            start = length + start;
        }
        if (end < 0) {
            end = length + end;
        }
        if (start < 0) {
            start = 0;
        }
        if (end < 0) {
            end = 0;
        }
        if (end >= length) {
            end = length - 1;
        }
        if (start > end || length == 0) {
            return new long[] {0, 0};
        }
        return new long[] {start, end + 1};
    }

    /** GETRANGE on a value (an integer-encoded value as its decimal text). */
    public static byte[] getRange(byte[] value, long start, long end) {
        long[] r = getRangeBounds(start, end, value.length);
        return Arrays.copyOfRange(value, (int) r[0], (int) r[1]);
    }

    /** SETRANGE's offset check: {@link #ERR_OFFSET_OUT_OF_RANGE} when negative. */
    public static void checkSetRangeOffset(long offset) {
        if (offset < 0) {
            throw Errors.of(ERR_OFFSET_OUT_OF_RANGE);
        }
    }

    /**
     * Redis's {@code checkStringLength}: {@link #ERR_EXCEEDS_MAX_SIZE} when {@code size + append}
     * exceeds {@code protoMaxBulkLen} (or overflows). A result of exactly the limit is allowed.
     */
    public static void checkStringLength(long size, long append, long protoMaxBulkLen) {
        long total = size + append;
        if (total > protoMaxBulkLen || total < size || total < append) {
            throw Errors.of(ERR_EXCEEDS_MAX_SIZE);
        }
    }

    /**
     * SETRANGE's new value for a non-empty {@code value} (the caller handles the empty-value
     * reply): {@code current} (null when missing) zero-padded up to {@code offset} and
     * overwritten there. Checks the offset and the size first.
     */
    public static byte[] setRange(byte[] current, long offset, byte[] value, long protoMaxBulkLen) {
        checkSetRangeOffset(offset);
        checkStringLength(offset, value.length, protoMaxBulkLen);
        byte[] base = current == null ? new byte[0] : current;
        int newLength = (int) Math.max(base.length, offset + value.length);
        byte[] out = Arrays.copyOf(base, newLength);
        System.arraycopy(value, 0, out, (int) offset, value.length);
        return out;
    }

    /** APPEND to an existing value, after {@link #checkStringLength}. */
    public static byte[] append(byte[] current, byte[] suffix, long protoMaxBulkLen) {
        checkStringLength(current.length, suffix.length, protoMaxBulkLen);
        byte[] out = Arrays.copyOf(current, current.length + suffix.length);
        System.arraycopy(suffix, 0, out, current.length, suffix.length);
        return out;
    }
}
