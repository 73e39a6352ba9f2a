package org.redisonmysql.commands.strings.algo;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Redis 7.0's BITFIELD / BITFIELD_RO as pure functions. A handler does:
 * <ol>
 * <li>{@link #parse(List, boolean)} on the arguments after the key (all syntax/type/offset/integer
 * errors, then BITFIELD_RO's write check, come out here in Redis's order);</li>
 * <li>the key lookup and generic type check ({@code WRONGTYPE}) — for a read-only command on an
 * absent key nothing is created;</li>
 * <li>{@link #execute(byte[], Parsed)} with the current value ({@code null} = absent) and reply
 * with {@link Result#replies()} (an array; {@code null} elements are nil), storing
 * {@link Result#value()} when it is non-null (write commands always store: the key is created or
 * zero-extended to the highest written bit even when every write failed with OVERFLOW FAIL).
 * {@link Result#changes()} is Redis's change count (keyspace event "setbit" when &gt; 0).</li>
 * </ol>
 * Bit offsets count from the most significant bit of byte 0; fields are big-endian.
 */
public final class BitField {
    public static final String ERR_TYPE =
            "ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.";
    public static final String ERR_OVERFLOW_TYPE = "ERR Invalid OVERFLOW type specified";
    public static final String ERR_RO_WRITE = "ERR BITFIELD_RO only supports the GET subcommand";

    private BitField() {
    }

    public enum OpCode { GET, SET, INCRBY }

    public enum Overflow { WRAP, SAT, FAIL }

    /**
     * One sub-operation. {@code value} is the SET value or INCRBY increment (0 for GET);
     * {@code overflow} is the OVERFLOW mode in force when the operation was parsed.
     */
    public record Op(OpCode opcode, long offset, int bits, boolean signed, long value, Overflow overflow) {
    }

    /** Parsed command: the ops in order, whether none writes, and the highest bit a write touches. */
    public record Parsed(List<Op> ops, boolean readOnly, long highestWriteOffset) {
    }

    /**
     * Execution outcome: one reply per op ({@code null} = nil for a FAIL overflow), the value to
     * store ({@code null} when the command only reads) and Redis's change counter.
     */
    public record Result(List<Long> replies, byte[] value, int changes) {
    }

    /** {@link #parse(List, boolean, long)} with the default {@code proto-max-bulk-len}. */
    public static Parsed parse(List<byte[]> args, boolean readOnlyCommand) {
        return parse(args, readOnlyCommand, BitOps.DEFAULT_PROTO_MAX_BULK_LEN);
    }

    /**
     * Parses {@code GET type offset | SET type offset value | INCRBY type offset increment |
     * OVERFLOW WRAP|SAT|FAIL} sequences. Errors: unknown sub-command or too few arguments
     * {@code ERR syntax error}; {@link #ERR_OVERFLOW_TYPE}; {@link #ERR_TYPE};
     * {@code ERR bit offset is not an integer or out of range}; a bad SET/INCRBY integer
     * {@code ERR value is not an integer or out of range}; finally, for BITFIELD_RO
     * ({@code readOnlyCommand}) with a SET/INCRBY, {@link #ERR_RO_WRITE}.
     */
    public static Parsed parse(List<byte[]> args, boolean readOnlyCommand, long protoMaxBulkLen) {
        List<Op> ops = new ArrayList<>();
        Overflow owtype = Overflow.WRAP;
        boolean readonly = true;
        long highest = 0;
        int argc = args.size();
        for (int j = 0; j < argc; j++) {
            int remargs = argc - j - 1;
            byte[] sub = args.get(j);
            OpCode opcode;
            if (CStrings.eqIgnoreCase(sub, "get") && remargs >= 2) {
                opcode = OpCode.GET;
            } else if (CStrings.eqIgnoreCase(sub, "set") && remargs >= 3) {
                opcode = OpCode.SET;
            } else if (CStrings.eqIgnoreCase(sub, "incrby") && remargs >= 3) {
                opcode = OpCode.INCRBY;
            } else if (CStrings.eqIgnoreCase(sub, "overflow") && remargs >= 1) {
                byte[] name = args.get(j + 1);
                j++;
                if (CStrings.eqIgnoreCase(name, "wrap")) {
                    owtype = Overflow.WRAP;
                } else if (CStrings.eqIgnoreCase(name, "sat")) {
                    owtype = Overflow.SAT;
                } else if (CStrings.eqIgnoreCase(name, "fail")) {
                    owtype = Overflow.FAIL;
                } else {
                    throw new RedisException(ERR_OVERFLOW_TYPE);
                }
                continue;
            } else {
                throw Errors.syntax();
            }
            int typeSpec = parseType(args.get(j + 1));
            boolean signed = typeSpec < 0;
            int bits = Math.abs(typeSpec);
            long offset = BitOps.parseOffset(args.get(j + 2), true, bits, protoMaxBulkLen);
            long value = 0;
            if (opcode != OpCode.GET) {
                readonly = false;
                if (Long.compareUnsigned(highest, offset + bits - 1) < 0) {
                    highest = offset + bits - 1;
                }
                value = CStrings.parseLong(args.get(j + 3));
            }
            ops.add(new Op(opcode, offset, bits, signed, value, owtype));
            j += 3 - (opcode == OpCode.GET ? 1 : 0);
        }
        if (!readonly && readOnlyCommand) {
            throw new RedisException(ERR_RO_WRITE);
        }
        return new Parsed(Collections.unmodifiableList(ops), readonly, highest);
    }

    /**
     * A field type: {@code i1..i64} or {@code u1..u63} (lower-case letter only; the number as
     * {@code string2ll} reads it up to the first NUL). Returns {@code -bits} for signed,
     * {@code +bits} for unsigned; {@link #ERR_TYPE} otherwise.
     */
    public static int parseType(byte[] arg) {
        int n = CStrings.cLength(arg);
        if (n == 0 || (arg[0] != 'i' && arg[0] != 'u')) {
            throw new RedisException(ERR_TYPE);
        }
        boolean signed = arg[0] == 'i';
        Long bits = CStrings.string2ll(arg, 1, n);
        if (bits == null || bits < 1 || (signed && bits > 64) || (!signed && bits > 63)) {
            throw new RedisException(ERR_TYPE);
        }
        return signed ? -(int) (long) bits : (int) (long) bits;
    }

    /** Runs the parsed ops on {@code current} ({@code null} = absent key). Does not modify {@code current}. */
    public static Result execute(byte[] current, Parsed parsed) {
        List<Long> replies = new ArrayList<>(parsed.ops().size());
        byte[] v;
        boolean dirty = false;
        if (parsed.readOnly()) {
            v = current;
        } else {
            v = BitOps.grow(current, parsed.highestWriteOffset());
            dirty = current == null || current.length != v.length;
        }
        int changes = 0;
        for (Op op : parsed.ops()) {
            if (op.opcode() == OpCode.GET) {
                replies.add(op.signed() ? getSigned(v, op.offset(), op.bits()) : getUnsigned(v, op.offset(), op.bits()));
                continue;
            }
            long oldval;
            long newval;
            long retval;
            long[] wrapped = new long[1];
            int overflow;
            if (op.signed()) {
                oldval = getSigned(v, op.offset(), op.bits());
                if (op.opcode() == OpCode.INCRBY) {
                    overflow = checkSignedOverflow(oldval, op.value(), op.bits(), op.overflow(), wrapped);
                    newval = overflow != 0 ? wrapped[0] : oldval + op.value();
                    retval = newval;
                } else {
                    newval = op.value();
                    overflow = checkSignedOverflow(newval, 0, op.bits(), op.overflow(), wrapped);
                    if (overflow != 0) {
                        newval = wrapped[0];
                    }
                    retval = oldval;
                }
            } else {
                oldval = getUnsigned(v, op.offset(), op.bits());
                if (op.opcode() == OpCode.INCRBY) {
                    newval = oldval + op.value();
                    overflow = checkUnsignedOverflow(oldval, op.value(), op.bits(), op.overflow(), wrapped);
                    if (overflow != 0) {
                        newval = wrapped[0];
                    }
                    retval = newval;
                } else {
                    newval = op.value();
                    overflow = checkUnsignedOverflow(newval, 0, op.bits(), op.overflow(), wrapped);
                    if (overflow != 0) {
                        newval = wrapped[0];
                    }
                    retval = oldval;
                }
            }
            if (!(overflow != 0 && op.overflow() == Overflow.FAIL)) {
                replies.add(retval);
                setBits(v, op.offset(), op.bits(), newval);
                if (dirty || oldval != newval) {
                    changes++;
                }
            } else {
                replies.add(null);
            }
        }
        return new Result(Collections.unmodifiableList(replies), parsed.readOnly() ? null : v, changes);
    }

    /** Unsigned field of {@code bits} (1..64) at bit {@code offset}; bits past the end read as 0. */
    public static long getUnsigned(byte[] p, long offset, int bits) {
        long value = 0;
        for (int j = 0; j < bits; j++) {
            long byteIndex = offset >>> 3;
            int bit = 7 - (int) (offset & 7);
            long bitval = (p != null && byteIndex < p.length) ? (p[(int) byteIndex] >> bit) & 1 : 0;
            value = (value << 1) | bitval;
            offset++;
        }
        return value;
    }

    /** Signed (two's complement) field of {@code bits} (1..64) at bit {@code offset}. */
    public static long getSigned(byte[] p, long offset, int bits) {
        long value = getUnsigned(p, offset, bits);
        if (bits < 64 && (value & (1L << (bits - 1))) != 0) {
            value |= -1L << bits;
        }
        return value;
    }

    /** Writes the low {@code bits} of {@code value} at bit {@code offset} ({@code p} must be long enough). */
    public static void setBits(byte[] p, long offset, int bits, long value) {
        for (int j = 0; j < bits; j++) {
            int bitval = (value & (1L << (bits - 1 - j))) != 0 ? 1 : 0;
            int byteIndex = (int) (offset >>> 3);
            int bit = 7 - (int) (offset & 7);
            int byteval = p[byteIndex] & 0xff;
            byteval &= ~(1 << bit);
            byteval |= bitval << bit;
            p[byteIndex] = (byte) byteval;
            offset++;
        }
    }

    /**
     * Redis's {@code checkUnsignedBitfieldOverflow}: 0 no overflow, 1 over, -1 under; on overflow
     * {@code limit[0]} gets the WRAP/SAT replacement (unset for FAIL). {@code value} is unsigned.
     */
    static int checkUnsignedOverflow(long value, long incr, int bits, Overflow owtype, long[] limit) {
        long max = bits == 64 ? -1L : (1L << bits) - 1;
        long maxincr = max - value;
        long minincr = -value;
        if (Long.compareUnsigned(value, max) > 0 || (incr > 0 && incr > maxincr)) {
            if (owtype == Overflow.WRAP) {
                limit[0] = wrapUnsigned(value, incr, bits);
            } else if (owtype == Overflow.SAT) {
                limit[0] = max;
            }
            return 1;
        } else if (incr < 0 && incr < minincr) {
            if (owtype == Overflow.WRAP) {
                limit[0] = wrapUnsigned(value, incr, bits);
            } else if (owtype == Overflow.SAT) {
                limit[0] = 0;
            }
            return -1;
        }
        return 0;
    }

    private static long wrapUnsigned(long value, long incr, int bits) {
        long mask = bits == 64 ? 0 : -1L << bits;
        return (value + incr) & ~mask;
    }

    /** Redis's {@code checkSignedBitfieldOverflow}, same conventions. */
    static int checkSignedOverflow(long value, long incr, int bits, Overflow owtype, long[] limit) {
        long max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        long min = -max - 1;
        long maxincr = max - value;
        long minincr = min - value;
        if (value > max || (bits != 64 && incr > maxincr) || (value >= 0 && incr > 0 && incr > maxincr)) {
            if (owtype == Overflow.WRAP) {
                limit[0] = wrapSigned(value, incr, bits);
            } else if (owtype == Overflow.SAT) {
                limit[0] = max;
            }
            return 1;
        } else if (value < min || (bits != 64 && incr < minincr) || (value < 0 && incr < 0 && incr < minincr)) {
            if (owtype == Overflow.WRAP) {
                limit[0] = wrapSigned(value, incr, bits);
            } else if (owtype == Overflow.SAT) {
                limit[0] = min;
            }
            return -1;
        }
        return 0;
    }

    private static long wrapSigned(long value, long incr, int bits) {
        long msb = 1L << (bits - 1);
        long c = value + incr;
        if (bits < 64) {
            long mask = -1L << bits;
            if ((c & msb) != 0) {
                c |= mask;
            } else {
                c &= ~mask;
            }
        }
        return c;
    }
}
