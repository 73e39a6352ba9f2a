package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Roberto Ierusalimschy's "struct" library as Redis ships it (x86-64: long and size_t are 8 bytes). */
final class StructLib {
    private static final int MAXINTSIZE = 32;
    private static final int MAXALIGN = 8;
    private static final boolean BIG = false;
    private static final boolean LITTLE = true;

    private StructLib() {
    }

    static LuaTable create() {
        LuaTable t = new LuaTable();
        t.rawset("pack", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return pack(args);
            }
        });
        t.rawset("unpack", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return unpack(args);
            }
        });
        t.rawset("size", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return size(args);
            }
        });
        return t;
    }

    private static final class Fmt {
        final byte[] f;
        int p;
        boolean little = LITTLE;
        int align = 1;

        Fmt(byte[] f) {
            this.f = f;
        }

        boolean more() {
            return p < f.length && f[p] != 0;
        }

        boolean digit() {
            return p < f.length && f[p] >= '0' && f[p] <= '9';
        }

        int getnum(int df) {
            if (!digit()) {
                return df;
            }
            int a = 0;
            do {
                int d = f[p] - '0';
                if (a > Integer.MAX_VALUE / 10 || a * 10 > Integer.MAX_VALUE - d) {
                    throw new LuaError("integral size overflow");
                }
                a = a * 10 + d;
                p++;
            } while (digit());
            return a;
        }

        long optsize(int opt) {
            switch (opt) {
                case 'B': case 'b': case 'x':
                    return 1;
                case 'H': case 'h':
                    return 2;
                case 'L': case 'l': case 'T': case 'd':
                    return 8;
                case 'f':
                    return 4;
                case 'c':
                    return getnum(1);
                case 'i': case 'I': {
                    int sz = getnum(4);
                    if (sz > MAXINTSIZE) {
                        throw new LuaError("integral size " + sz + " is larger than limit of " + MAXINTSIZE);
                    }
                    return sz;
                }
                default:
                    return 0;
            }
        }

        long toalign(long len, int opt, long size) {
            if (size == 0 || opt == 'c') {
                return 0;
            }
            long a = size > align ? align : size;
            return (a - (len & (a - 1))) & (a - 1);
        }

        void control(int opt, String fn) {
            switch (opt) {
                case ' ':
                    return;
                case '>':
                    little = BIG;
                    return;
                case '<':
                    little = LITTLE;
                    return;
                case '!': {
                    int a = getnum(MAXALIGN);
                    if (!(a > 0 && (a & (a - 1)) == 0)) {
                        throw new LuaError("alignment " + a + " is not a power of 2");
                    }
                    align = a;
                    return;
                }
                default:
                    throw argError(1, fn, "invalid format option '" + (char) opt + "'");
            }
        }
    }

    static LuaError argError(int arg, String fn, String msg) {
        return new LuaError("bad argument #" + arg + " to '" + fn + "' (" + msg + ")");
    }

    private static double checkNumber(Varargs args, int arg, String fn) {
        LuaValue v = args.arg(arg);
        LuaValue n = v.tonumber();
        if (n.isnil()) {
            // pack pushes a nil mark after its arguments, so the first missing one is a nil
            String got = fn.equals("pack") ? CjsonLib.typeName(v) : CjsonLib.typeName(args, arg);
            throw argError(arg, fn, "number expected, got " + got);
        }
        return n.todouble();
    }

    private static void putInteger(ByteArrayOutputStream b, double n, boolean little, int size) {
        long value = n < 0 ? LuaNumbers.truncate(n) : toUnsigned(n);
        byte[] buff = new byte[size];
        if (little) {
            for (int i = 0; i < size; i++) {
                buff[i] = (byte) value;
                value >>>= 8;
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                buff[i] = (byte) value;
                value >>>= 8;
            }
        }
        b.writeBytes(buff);
    }

    /** x86-64 gcc's double to unsigned long conversion. */
    private static long toUnsigned(double n) {
        if (n < 9.223372036854775808E18) {
            return (long) n;
        }
        return LuaNumbers.truncate(n - 9.223372036854775808E18) ^ Long.MIN_VALUE;
    }

    private static byte[] order(byte[] b, boolean little) {
        if (!little) {
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        }
        return b;
    }

    private static Varargs pack(Varargs args) {
        Fmt h = new Fmt(CjsonLib.checkBytes(args, 1, "pack"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int arg = 2;
        long total = 0;
        while (h.more()) {
            int opt = h.f[h.p++];
            long size = h.optsize(opt);
            long toalign = h.toalign(total, opt, size);
            total += toalign;
            while (toalign-- > 0) {
                b.write(0);
            }
            switch (opt) {
                case 'b': case 'B': case 'h': case 'H': case 'l': case 'L': case 'T': case 'i': case 'I':
                    putInteger(b, checkNumber(args, arg, "pack"), h.little, (int) size);
                    arg++;
                    break;
                case 'x':
                    b.write(0);
                    break;
                case 'f': {
                    int bits = Float.floatToRawIntBits((float) checkNumber(args, arg++, "pack"));
                    byte[] x = new byte[4];
                    for (int i = 0; i < 4; i++) {
                        x[i] = (byte) (bits >>> (8 * i));
                    }
                    b.writeBytes(order(x, h.little));
                    break;
                }
                case 'd': {
                    long bits = Double.doubleToRawLongBits(checkNumber(args, arg++, "pack"));
                    byte[] x = new byte[8];
                    for (int i = 0; i < 8; i++) {
                        x[i] = (byte) (bits >>> (8 * i));
                    }
                    b.writeBytes(order(x, h.little));
                    break;
                }
                case 'c': case 's': {
                    if (args.arg(arg).isnil()) {
                        throw argError(arg, "pack", "string expected, got nil");
                    }
                    byte[] s = CjsonLib.checkBytes(args, arg, "pack");
                    arg++;
                    if (size == 0) {
                        size = s.length;
                    }
                    if (s.length < size) {
                        throw argError(arg, "pack", "string too short");
                    }
                    b.write(s, 0, (int) size);
                    if (opt == 's') {
                        b.write(0);
                        size++;
                    }
                    break;
                }
                default:
                    h.control(opt, "pack");
            }
            total += size;
        }
        return LuaValue.valueOf(b.toByteArray());
    }

    private static double getInteger(byte[] d, int pos, boolean little, boolean signed, int size) {
        long l = 0;
        if (!little) {
            for (int i = 0; i < size; i++) {
                l = (l << 8) | (d[pos + i] & 0xff);
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                l = (l << 8) | (d[pos + i] & 0xff);
            }
        }
        if (!signed) {
            return l >= 0 ? (double) l : (double) (l >>> 1 | (l & 1)) * 2.0;
        }
        long mask = -1L << ((size * 8 - 1) & 63);
        if ((l & mask) != 0) {
            l |= mask;
        }
        return (double) l;
    }

    private static Varargs unpack(Varargs args) {
        Fmt h = new Fmt(CjsonLib.checkBytes(args, 1, "unpack"));
        byte[] data = CjsonLib.checkBytes(args, 2, "unpack");
        long ld = data.length;
        // size_t pos = luaL_optinteger(L, 3, 1): only 0 is refused; negative offsets wrap to huge ones
        long pos = args.isnoneornil(3) ? 1 : LuaNumbers.truncate(checkNumber(args, 3, "unpack"));
        if (pos == 0) {
            throw argError(3, "unpack", "offset must be 1 or greater");
        }
        pos--;
        List<LuaValue> out = new ArrayList<>();
        while (h.more()) {
            int opt = h.f[h.p++];
            long size = h.optsize(opt);
            pos += h.toalign(pos, opt, size);
            if (!(size <= ld && Long.compareUnsigned(pos, ld - size) <= 0)) {
                throw argError(2, "unpack", "data string too short");
            }
            switch (opt) {
                case 'b': case 'B': case 'h': case 'H': case 'l': case 'L': case 'T': case 'i': case 'I':
                    out.add(LuaValue.valueOf(getInteger(data, (int) pos, h.little, Character.isLowerCase(opt), (int) size)));
                    break;
                case 'x':
                    break;
                case 'f': {
                    int bits = 0;
                    byte[] x = order(java.util.Arrays.copyOfRange(data, (int) pos, (int) pos + 4), h.little);
                    for (int i = 3; i >= 0; i--) {
                        bits = (bits << 8) | (x[i] & 0xff);
                    }
                    out.add(LuaValue.valueOf((double) Float.intBitsToFloat(bits)));
                    break;
                }
                case 'd': {
                    long bits = 0;
                    byte[] x = order(java.util.Arrays.copyOfRange(data, (int) pos, (int) pos + 8), h.little);
                    for (int i = 7; i >= 0; i--) {
                        bits = (bits << 8) | (x[i] & 0xff);
                    }
                    out.add(LuaValue.valueOf(Double.longBitsToDouble(bits)));
                    break;
                }
                case 'c': {
                    if (size == 0) {
                        LuaValue last = out.isEmpty() ? LuaValue.NIL : out.get(out.size() - 1);
                        if (out.isEmpty() || last.tonumber().isnil()) {
                            throw new LuaError("format 'c0' needs a previous size");
                        }
                        size = (long) last.todouble();
                        out.remove(out.size() - 1);
                        if (!(size <= ld && Long.compareUnsigned(pos, ld - size) <= 0)) {
                            throw argError(2, "unpack", "data string too short");
                        }
                    }
                    out.add(LuaValue.valueOf(java.util.Arrays.copyOfRange(data, (int) pos, (int) (pos + size))));
                    break;
                }
                case 's': {
                    int e = -1;
                    for (int i = (int) pos; i < data.length; i++) {
                        if (data[i] == 0) {
                            e = i;
                            break;
                        }
                    }
                    if (e < 0) {
                        throw new LuaError("unfinished string in data");
                    }
                    size = e - pos + 1;
                    out.add(LuaValue.valueOf(java.util.Arrays.copyOfRange(data, (int) pos, e)));
                    break;
                }
                default:
                    h.control(opt, "unpack");
            }
            pos += size;
        }
        out.add(LuaValue.valueOf(pos + 1));
        return LuaValue.varargsOf(out.toArray(new LuaValue[0]));
    }

    private static Varargs size(Varargs args) {
        Fmt h = new Fmt(CjsonLib.checkBytes(args, 1, "size"));
        long pos = 0;
        while (h.more()) {
            int opt = h.f[h.p++];
            long size = h.optsize(opt);
            pos += h.toalign(pos, opt, size);
            if (opt == 's') {
                throw argError(1, "size", "option 's' has no fixed size");
            } else if (opt == 'c' && size == 0) {
                throw argError(1, "size", "option 'c0' has no fixed size");
            }
            if (!(opt < 128 && Character.isLetterOrDigit(opt))) {
                h.control(opt, "size");
            }
            pos += size;
        }
        return LuaValue.valueOf(pos);
    }
}
