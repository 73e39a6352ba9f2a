package org.redisonmysql.commands.strings.algo;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;

import java.util.Arrays;
import java.util.List;

/**
 * Redis 7.0's bitmap commands as pure functions on string bytes: BITCOUNT, BITPOS, BITOP,
 * GETBIT, SETBIT. Bit 0 is the most significant bit of byte 0. A {@code null} value means an
 * absent key. Argument parsing follows Redis's order of checks so that a handler calling these in
 * the documented order produces the same error as Redis for every malformed command.
 */
public final class BitOps {
    /** BITPOS bit argument other than 0/1. */
    public static final String ERR_BIT_ARGUMENT = "ERR The bit argument must be 1 or 0.";
    /** SETBIT value argument not 0/1. */
    public static final String ERR_BIT_VALUE = "ERR bit is not an integer or out of range";
    /** Bad or out-of-range bit offset (SETBIT, GETBIT, BITFIELD). */
    public static final String ERR_BIT_OFFSET = "ERR bit offset is not an integer or out of range";
    /** BITOP NOT with more than one source. */
    public static final String ERR_BITOP_NOT = "ERR BITOP NOT must be called with a single source key.";
    /** Redis's default {@code proto-max-bulk-len}: bit offsets must satisfy {@code offset >> 3 < this}. */
    public static final long DEFAULT_PROTO_MAX_BULK_LEN = 512L * 1024 * 1024;

    private BitOps() {
    }

    // ------------------------------------------------------------------ BITCOUNT

    /**
     * BITCOUNT key [start end [BYTE|BIT]]. {@code args} are the arguments after the key. Redis
     * looks the key up first: an absent key ({@code null}) answers 0 whatever the arguments; the
     * caller type-checks an existing key before calling. Then: 1 or more than 3 arguments is
     * {@code ERR syntax error}; bad integers {@code ERR value is not an integer or out of range}
     * (start checked before end, both before the BYTE|BIT keyword).
     */
    public static long bitcount(byte[] value, List<byte[]> args) {
        if (value == null) {
            return 0;
        }
        if (args.isEmpty()) {
            return popcount(value, 0, value.length);
        }
        if (args.size() != 2 && args.size() != 3) {
            throw Errors.syntax();
        }
        long start = CStrings.parseLong(args.get(0));
        long end = CStrings.parseLong(args.get(1));
        boolean bit = false;
        if (args.size() == 3) {
            bit = parseUnit(args.get(2));
        }
        return bitcount(value, start, end, bit);
    }

    /** BITCOUNT over the whole string. */
    public static long bitcount(byte[] value) {
        return popcount(value, 0, value.length);
    }

    /** BITCOUNT with a range, Redis's clamping rules; {@code bitMode} is the BIT unit. */
    public static long bitcount(byte[] value, long start, long end, boolean bitMode) {
        long totlen = value.length;
        if (bitMode) {
            totlen <<= 3;
        }
        if (start < 0 && end < 0 && start > end) {
            return 0;
        }
        if (start < 0) {
            start = totlen + start;
        }
        if (end < 0) {
            end = totlen + end;
        }
        if (start < 0) {
            start = 0;
        }
        if (end < 0) {
            end = 0;
        }
        if (end >= totlen) {
            end = totlen - 1;
        }
        int firstNegMask = 0;
        int lastNegMask = 0;
        if (bitMode && start <= end) {
            firstNegMask = ~((1 << (8 - (int) (start & 7))) - 1) & 0xff;
            lastNegMask = (1 << (7 - (int) (end & 7))) - 1;
            start >>= 3;
            end >>= 3;
        }
        if (start > end) {
            return 0;
        }
        long count = popcount(value, (int) start, (int) (end - start + 1));
        if (firstNegMask != 0 || lastNegMask != 0) {
            int f = firstNegMask != 0 ? value[(int) start] & firstNegMask : 0;
            int l = lastNegMask != 0 ? value[(int) end] & lastNegMask : 0;
            count -= Integer.bitCount(f) + Integer.bitCount(l);
        }
        return count;
    }

    private static long popcount(byte[] v, int from, int len) {
        long c = 0;
        int i = from;
        int to = from + len;
        for (; i + 8 <= to; i += 8) {
            long w = (v[i] & 0xffL) | (v[i + 1] & 0xffL) << 8 | (v[i + 2] & 0xffL) << 16 | (v[i + 3] & 0xffL) << 24
                    | (v[i + 4] & 0xffL) << 32 | (v[i + 5] & 0xffL) << 40 | (v[i + 6] & 0xffL) << 48
                    | (v[i + 7] & 0xffL) << 56;
            c += Long.bitCount(w);
        }
        for (; i < to; i++) {
            c += Integer.bitCount(v[i] & 0xff);
        }
        return c;
    }

    private static boolean parseUnit(byte[] arg) {
        if (CStrings.eqIgnoreCase(arg, "bit")) {
            return true;
        }
        if (CStrings.eqIgnoreCase(arg, "byte")) {
            return false;
        }
        throw Errors.syntax();
    }

    // ------------------------------------------------------------------ BITPOS

    /**
     * BITPOS's bit argument, parsed before the key is looked up:
     * {@code ERR value is not an integer or out of range} or {@link #ERR_BIT_ARGUMENT}.
     */
    public static int parseBitposBit(byte[] arg) {
        long bit = CStrings.parseLong(arg);
        if (bit != 0 && bit != 1) {
            throw new RedisException(ERR_BIT_ARGUMENT);
        }
        return (int) bit;
    }

    /**
     * BITPOS key bit [start [end [BYTE|BIT]]] after {@link #parseBitposBit}; {@code rangeArgs} are
     * the arguments after the bit. Absent key ({@code null}): -1 when looking for 1, 0 for 0,
     * whatever follows. The caller type-checks an existing key before calling. More than 3 range
     * arguments: {@code ERR syntax error}; then start, the BYTE|BIT keyword, end are parsed in
     * that order.
     */
    public static long bitpos(byte[] value, int bit, List<byte[]> rangeArgs) {
        if (value == null) {
            return bit == 1 ? -1 : 0;
        }
        if (rangeArgs.isEmpty()) {
            return bitpos(value, bit, null, null, false);
        }
        if (rangeArgs.size() > 3) {
            throw Errors.syntax();
        }
        long start = CStrings.parseLong(rangeArgs.get(0));
        boolean bitMode = false;
        if (rangeArgs.size() == 3) {
            bitMode = parseUnit(rangeArgs.get(2));
        }
        Long end = null;
        if (rangeArgs.size() >= 2) {
            end = CStrings.parseLong(rangeArgs.get(1));
        }
        return bitpos(value, bit, start, end, bitMode);
    }

    /**
     * BITPOS on an existing string. {@code start == null} means no range (whole string);
     * {@code end == null} means no end given (then a search for 0 that finds only 1s answers the
     * first bit after the string, instead of -1).
     */
    public static long bitpos(byte[] value, int bit, Long startArg, Long endArg, boolean bitMode) {
        long start;
        long end;
        boolean endGiven = false;
        int firstNegMask = 0;
        int lastNegMask = 0;
        long strlen = value.length;
        if (startArg != null) {
            long totlen = strlen;
            start = startArg;
            if (endArg != null) {
                end = endArg;
                endGiven = true;
            } else {
                end = bitMode ? (totlen << 3) + 7 : totlen - 1;
            }
            if (bitMode) {
                totlen <<= 3;
            }
            if (start < 0) {
                start = totlen + start;
            }
            if (end < 0) {
                end = totlen + end;
            }
            if (start < 0) {
                start = 0;
            }
            if (end < 0) {
                end = 0;
            }
            if (end >= totlen) {
                end = totlen - 1;
            }
            if (bitMode && start <= end) {
                firstNegMask = ~((1 << (8 - (int) (start & 7))) - 1) & 0xff;
                lastNegMask = (1 << (7 - (int) (end & 7))) - 1;
                start >>= 3;
                end >>= 3;
            }
        } else {
            start = 0;
            end = strlen - 1;
        }
        if (start > end) {
            return -1;
        }
        long bytes = end - start + 1;
        long pos;
        resolve:
        {
            if (firstNegMask != 0) {
                int tmp = bit == 1 ? value[(int) start] & ~firstNegMask & 0xff : (value[(int) start] | firstNegMask) & 0xff;
                if (lastNegMask != 0 && bytes == 1) {
                    tmp = bit == 1 ? tmp & ~lastNegMask & 0xff : (tmp | lastNegMask) & 0xff;
                }
                pos = rawBitpos(new byte[] {(byte) tmp}, 0, 1, bit);
                if (bytes == 1 || (pos != -1 && pos != 8)) {
                    break resolve;
                }
                start++;
                bytes--;
            }
            long curbytes = bytes - (lastNegMask != 0 ? 1 : 0);
            if (curbytes > 0) {
                pos = rawBitpos(value, (int) start, (int) curbytes, bit);
                if (bytes == curbytes || (pos != -1 && pos != curbytes << 3)) {
                    break resolve;
                }
                start += curbytes;
                bytes -= curbytes;
            }
            int tmp = bit == 1 ? value[(int) end] & ~lastNegMask & 0xff : (value[(int) end] | lastNegMask) & 0xff;
            pos = rawBitpos(new byte[] {(byte) tmp}, 0, 1, bit);
        }
        if (endGiven && bit == 0 && pos == bytes << 3) {
            return -1;
        }
        if (pos != -1) {
            pos += start << 3;
        }
        return pos;
    }

    /**
     * Redis's {@code redisBitpos}: position of the first bit equal to {@code bit} in
     * {@code s[from, from+count)}; for 1 not found -1, for 0 not found {@code count * 8}.
     */
    static long rawBitpos(byte[] s, int from, int count, int bit) {
        int skip = bit == 1 ? 0 : 0xff;
        for (int i = 0; i < count; i++) {
            int b = s[from + i] & 0xff;
            if (b != skip) {
                int x = bit == 1 ? b : (~b & 0xff);
                return (long) i * 8 + (Integer.numberOfLeadingZeros(x) - 24);
            }
        }
        return bit == 1 ? -1 : (long) count * 8;
    }

    // ------------------------------------------------------------------ BITOP

    /** The BITOP operations. */
    public enum BitOp { AND, OR, XOR, NOT }

    /**
     * BITOP's operation name (case-insensitive) and source count check, done before any key is
     * looked up: {@code ERR syntax error} for an unknown operation, {@link #ERR_BITOP_NOT} for NOT
     * with other than one source.
     */
    public static BitOp parseBitOp(byte[] name, int numSources) {
        BitOp op;
        if (CStrings.eqIgnoreCase(name, "and")) {
            op = BitOp.AND;
        } else if (CStrings.eqIgnoreCase(name, "or")) {
            op = BitOp.OR;
        } else if (CStrings.eqIgnoreCase(name, "xor")) {
            op = BitOp.XOR;
        } else if (CStrings.eqIgnoreCase(name, "not")) {
            op = BitOp.NOT;
        } else {
            throw Errors.syntax();
        }
        if (op == BitOp.NOT && numSources != 1) {
            throw new RedisException(ERR_BITOP_NOT);
        }
        return op;
    }

    /**
     * BITOP over source values ({@code null} = absent = empty), shorter ones zero-padded to the
     * longest. Returns the destination's new value, or {@code null} when every source is empty or
     * absent (Redis then deletes the destination). The reply is the result length (0 for null).
     */
    public static byte[] bitop(BitOp op, List<byte[]> sources) {
        int maxlen = 0;
        for (byte[] s : sources) {
            if (s != null && s.length > maxlen) {
                maxlen = s.length;
            }
        }
        if (maxlen == 0) {
            return null;
        }
        byte[] res = new byte[maxlen];
        byte[] s0 = sources.get(0);
        for (int j = 0; j < maxlen; j++) {
            int output = (s0 == null || s0.length <= j) ? 0 : s0[j] & 0xff;
            if (op == BitOp.NOT) {
                output = ~output & 0xff;
            }
            for (int i = 1; i < sources.size(); i++) {
                byte[] si = sources.get(i);
                int b = (si == null || si.length <= j) ? 0 : si[j] & 0xff;
                switch (op) {
                    case AND -> output &= b;
                    case OR -> output |= b;
                    case XOR -> output ^= b;
                    default -> { }
                }
            }
            res[j] = (byte) output;
        }
        return res;
    }

    // ------------------------------------------------------------------ GETBIT / SETBIT

    /** A SETBIT/GETBIT offset with the default limit; see {@link #parseBitOffset(byte[], long)}. */
    public static long parseBitOffset(byte[] arg) {
        return parseBitOffset(arg, DEFAULT_PROTO_MAX_BULK_LEN);
    }

    /**
     * A SETBIT/GETBIT bit offset: a non-negative {@code string2ll} integer with
     * {@code offset >> 3 < protoMaxBulkLen}, else {@link #ERR_BIT_OFFSET}. (No {@code #N} form.)
     */
    public static long parseBitOffset(byte[] arg, long protoMaxBulkLen) {
        return parseOffset(arg, false, 0, protoMaxBulkLen);
    }

    /** Redis's {@code getBitOffsetFromArgument}; {@code hash} allows BITFIELD's {@code #N} (times {@code bits}). */
    static long parseOffset(byte[] arg, boolean hash, int bits, long protoMaxBulkLen) {
        int usehash = (arg.length > 1 && arg[0] == '#' && hash && bits > 0) ? 1 : 0;
        Long v = CStrings.string2ll(arg, usehash, arg.length);
        if (v == null) {
            throw new RedisException(ERR_BIT_OFFSET);
        }
        long off = v;
        if (usehash == 1) {
            off *= bits;
        }
        if (off < 0 || (off >> 3) >= protoMaxBulkLen) {
            throw new RedisException(ERR_BIT_OFFSET);
        }
        return off;
    }

    /** SETBIT's value argument (parsed after the offset): 0 or 1, else {@link #ERR_BIT_VALUE}. */
    public static int parseBitValue(byte[] arg) {
        Long v = CStrings.string2ll(arg, 0, arg.length);
        if (v == null || (v & ~1L) != 0) {
            throw new RedisException(ERR_BIT_VALUE);
        }
        return (int) (long) v;
    }

    /** GETBIT: the bit at {@code offset}, 0 beyond the end or for an absent key ({@code null}). */
    public static int getbit(byte[] value, long offset) {
        if (value == null) {
            return 0;
        }
        long byteIndex = offset >>> 3;
        if (byteIndex >= value.length) {
            return 0;
        }
        int bit = 7 - (int) (offset & 7);
        return (value[(int) byteIndex] >> bit) & 1;
    }

    /** SETBIT's outcome: the value to store (always stored: the key is created/grown) and the old bit (the reply). */
    public record SetBitResult(byte[] value, int oldBit) {
    }

    /** SETBIT: grows the string with zero bytes to cover {@code offset} (creating it when {@code null}). */
    public static SetBitResult setbit(byte[] value, long offset, int on) {
        byte[] v = grow(value, offset);
        int byteIndex = (int) (offset >>> 3);
        int bit = 7 - (int) (offset & 7);
        int byteval = v[byteIndex] & 0xff;
        int old = (byteval >> bit) & 1;
        byteval &= ~(1 << bit);
        byteval |= (on & 1) << bit;
        v[byteIndex] = (byte) byteval;
        return new SetBitResult(v, old);
    }

    /**
     * Redis's {@code lookupStringForBitCommand}: a copy of {@code value} (empty when {@code null})
     * zero-extended to at least {@code (maxBit >> 3) + 1} bytes.
     */
    public static byte[] grow(byte[] value, long maxBit) {
        long need = (maxBit >>> 3) + 1;
        if (need > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("bit offset too large: " + maxBit);
        }
        if (value == null) {
            return new byte[(int) need];
        }
        return Arrays.copyOf(value, (int) Math.max(value.length, need));
    }
}
