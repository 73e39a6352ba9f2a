package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** lua-cmsgpack 0.4.0 ("cmsgpack") as Redis ships it. */
final class CmsgpackLib {
    private static final int MAX_NESTING = 16;

    private CmsgpackLib() {
    }

    static LuaTable create() {
        LuaTable t = new LuaTable();
        t.rawset("pack", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() == 0) {
                    throw StructLib.argError(0, "pack", "MessagePack pack needs input.");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 1; i <= args.narg(); i++) {
                    encode(args.arg(i), out, 0);
                }
                return LuaValue.valueOf(out.toByteArray());
            }
        });
        t.rawset("unpack", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return unpack(args, 0, 0);
            }
        });
        t.rawset("unpack_one", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                int offset = args.isnoneornil(2) ? 0 : checkInt(args, 2, "unpack_one");
                return unpack(args, 1, offset);
            }
        });
        t.rawset("unpack_limit", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                int limit = checkInt(args, 2, "unpack_limit");
                int offset = args.isnoneornil(3) ? 0 : checkInt(args, 3, "unpack_limit");
                return unpack(args, limit, offset);
            }
        });
        t.rawset("_NAME", "cmsgpack");
        t.rawset("_VERSION", "lua-cmsgpack 0.4.0");
        t.rawset("_COPYRIGHT", "Copyright (C) 2012, Salvatore Sanfilippo");
        t.rawset("_DESCRIPTION", "MessagePack C implementation for Lua");
        return t;
    }

    private static int checkInt(Varargs args, int arg, String fn) {
        LuaValue n = args.arg(arg).tonumber();
        if (n.isnil()) {
            throw StructLib.argError(arg, fn, "number expected, got " + CjsonLib.typeName(args, arg));
        }
        return (int) LuaNumbers.truncate(n.todouble());
    }

    private static void be(ByteArrayOutputStream out, long v, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    private static void encode(LuaValue v, ByteArrayOutputStream out, int level) {
        int type = v.type();
        if (type == LuaValue.TTABLE && level == MAX_NESTING) {
            type = LuaValue.TNIL;
        }
        switch (type) {
            case LuaValue.TSTRING -> {
                byte[] s = LuaReplies.bytes(v);
                int len = s.length;
                if (len < 32) {
                    out.write(0xa0 | len);
                } else if (len <= 0xff) {
                    out.write(0xd9);
                    be(out, len, 1);
                } else if (len <= 0xffff) {
                    out.write(0xda);
                    be(out, len, 2);
                } else {
                    out.write(0xdb);
                    be(out, len, 4);
                }
                out.writeBytes(s);
            }
            case LuaValue.TBOOLEAN -> out.write(v.toboolean() ? 0xc3 : 0xc2);
            case LuaValue.TNUMBER -> {
                double n = v.todouble();
                if (!Double.isInfinite(n) && (double) LuaNumbers.truncate(n) == n) {
                    encodeInt(out, LuaNumbers.truncate(n));
                } else {
                    float f = (float) n;
                    if (n == (double) f) {
                        out.write(0xca);
                        be(out, Float.floatToRawIntBits(f) & 0xffffffffL, 4);
                    } else {
                        out.write(0xcb);
                        be(out, Double.doubleToRawLongBits(n), 8);
                    }
                }
            }
            case LuaValue.TTABLE -> encodeTable((LuaTable) v, out, level);
            default -> out.write(0xc0);
        }
    }

    private static void encodeInt(ByteArrayOutputStream out, long n) {
        if (n >= 0) {
            if (n <= 127) {
                out.write((int) n);
            } else if (n <= 0xff) {
                out.write(0xcc);
                be(out, n, 1);
            } else if (n <= 0xffff) {
                out.write(0xcd);
                be(out, n, 2);
            } else if (n <= 0xffffffffL) {
                out.write(0xce);
                be(out, n, 4);
            } else {
                out.write(0xcf);
                be(out, n, 8);
            }
        } else if (n >= -32) {
            out.write((int) n & 0xff);
        } else if (n >= -128) {
            out.write(0xd0);
            be(out, n, 1);
        } else if (n >= -32768) {
            out.write(0xd1);
            be(out, n, 2);
        } else if (n >= -2147483648L) {
            out.write(0xd2);
            be(out, n, 4);
        } else {
            out.write(0xd3);
            be(out, n, 8);
        }
    }

    private static boolean isArray(LuaTable t) {
        long count = 0;
        double max = 0;
        LuaValue k = LuaValue.NIL;
        while (true) {
            k = t.next(k).arg1();
            if (k.isnil()) {
                break;
            }
            if (k.type() != LuaValue.TNUMBER) {
                return false;
            }
            double n = k.todouble();
            if (n <= 0 || (double) (int) n != n) {
                return false;
            }
            max = Math.max(max, (int) n);
            count++;
        }
        return max == count;
    }

    private static void encodeTable(LuaTable t, ByteArrayOutputStream out, int level) {
        if (isArray(t)) {
            int len = t.length();
            header(out, len, 0x90, 0xdc, 0xdd);
            for (int j = 1; j <= len; j++) {
                encode(t.get(j), out, level + 1);
            }
        } else {
            List<LuaValue> keys = new ArrayList<>();
            List<LuaValue> values = new ArrayList<>();
            LuaValue k = LuaValue.NIL;
            while (true) {
                Varargs n = t.next(k);
                k = n.arg1();
                if (k.isnil()) {
                    break;
                }
                keys.add(k);
                values.add(n.arg(2));
            }
            header(out, keys.size(), 0x80, 0xde, 0xdf);
            for (int i = 0; i < keys.size(); i++) {
                encode(keys.get(i), out, level + 1);
                encode(values.get(i), out, level + 1);
            }
        }
    }

    private static void header(ByteArrayOutputStream out, long n, int fix, int b16, int b32) {
        if (n <= 15) {
            out.write(fix | (int) n);
        } else if (n <= 65535) {
            out.write(b16);
            be(out, n, 2);
        } else {
            out.write(b32);
            be(out, n, 4);
        }
    }

    private static final class EofError extends RuntimeException {
        EofError() {
            super(null, null, false, false);
        }
    }

    private static final class BadFormat extends RuntimeException {
        BadFormat() {
            super(null, null, false, false);
        }
    }

    private static Varargs unpack(Varargs args, int limit, int offset) {
        byte[] s = CjsonLib.checkBytes(args, 1, "unpack");
        int len = s.length;
        boolean all = limit == 0 && offset == 0;
        if (offset < 0 || limit < 0) {
            throw new LuaError("Invalid request to unpack with offset of " + offset + " and limit of " + len + ".");
        } else if (offset > len) {
            throw new LuaError("Start offset " + offset + " greater than input length " + len + ".");
        }
        if (all) {
            limit = Integer.MAX_VALUE;
        }
        int[] pos = {offset};
        List<LuaValue> out = new ArrayList<>();
        for (int cnt = 0; pos[0] < len && cnt < limit; cnt++) {
            try {
                out.add(decode(s, pos));
            } catch (EofError e) {
                throw new LuaError("Missing bytes in input.");
            } catch (BadFormat e) {
                throw new LuaError("Bad data format in input.");
            }
        }
        if (!all) {
            out.add(0, LuaValue.valueOf(pos[0] == len ? -1 : pos[0]));
        }
        return LuaValue.varargsOf(out.toArray(new LuaValue[0]));
    }

    private static void need(byte[] s, int[] pos, long n) {
        if (s.length - pos[0] < n) {
            throw new EofError();
        }
    }

    private static long read(byte[] s, int p, int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v = (v << 8) | (s[p + i] & 0xff);
        }
        return v;
    }

    private static LuaValue fixed(byte[] s, int[] pos, int bytes, boolean signed) {
        need(s, pos, 1 + bytes);
        long v = read(s, pos[0] + 1, bytes);
        pos[0] += 1 + bytes;
        if (signed) {
            int shift = 64 - 8 * bytes;
            v = (v << shift) >> shift;
        }
        // uint 64 goes through lua_pushinteger (a signed 64-bit lua_Integer)
        return LuaValue.valueOf((double) v);
    }

    private static LuaValue raw(byte[] s, int[] pos, int hdr, long l) {
        need(s, pos, hdr + l);
        byte[] b = java.util.Arrays.copyOfRange(s, pos[0] + hdr, (int) (pos[0] + hdr + l));
        pos[0] += hdr + (int) l;
        return LuaValue.valueOf(b);
    }

    private static LuaValue decode(byte[] s, int[] pos) {
        need(s, pos, 1);
        int c = s[pos[0]] & 0xff;
        switch (c) {
            case 0xcc: return fixed(s, pos, 1, false);
            case 0xd0: return fixed(s, pos, 1, true);
            case 0xcd: return fixed(s, pos, 2, false);
            case 0xd1: return fixed(s, pos, 2, true);
            case 0xce: return fixed(s, pos, 4, false);
            case 0xd2: return fixed(s, pos, 4, true);
            case 0xcf: return fixed(s, pos, 8, false);
            case 0xd3: return fixed(s, pos, 8, true);
            case 0xc0:
                pos[0]++;
                return LuaValue.NIL;
            case 0xc2:
                pos[0]++;
                return LuaValue.FALSE;
            case 0xc3:
                pos[0]++;
                return LuaValue.TRUE;
            case 0xca: {
                need(s, pos, 5);
                float f = Float.intBitsToFloat((int) read(s, pos[0] + 1, 4));
                pos[0] += 5;
                return LuaValue.valueOf((double) f);
            }
            case 0xcb: {
                need(s, pos, 9);
                double d = Double.longBitsToDouble(read(s, pos[0] + 1, 8));
                pos[0] += 9;
                return LuaValue.valueOf(d);
            }
            case 0xd9: {
                need(s, pos, 2);
                return raw(s, pos, 2, read(s, pos[0] + 1, 1));
            }
            case 0xda: {
                need(s, pos, 3);
                return raw(s, pos, 3, read(s, pos[0] + 1, 2));
            }
            case 0xdb: {
                need(s, pos, 5);
                return raw(s, pos, 5, read(s, pos[0] + 1, 4));
            }
            case 0xdc: {
                need(s, pos, 3);
                long l = read(s, pos[0] + 1, 2);
                pos[0] += 3;
                return array(s, pos, l);
            }
            case 0xdd: {
                need(s, pos, 5);
                long l = read(s, pos[0] + 1, 4);
                pos[0] += 5;
                return array(s, pos, l);
            }
            case 0xde: {
                need(s, pos, 3);
                long l = read(s, pos[0] + 1, 2);
                pos[0] += 3;
                return map(s, pos, l);
            }
            case 0xdf: {
                need(s, pos, 5);
                long l = read(s, pos[0] + 1, 4);
                pos[0] += 5;
                return map(s, pos, l);
            }
            default:
                if ((c & 0x80) == 0) {
                    pos[0]++;
                    return LuaValue.valueOf(c);
                } else if ((c & 0xe0) == 0xe0) {
                    pos[0]++;
                    return LuaValue.valueOf((byte) c);
                } else if ((c & 0xe0) == 0xa0) {
                    return raw(s, pos, 1, c & 0x1f);
                } else if ((c & 0xf0) == 0x90) {
                    pos[0]++;
                    return array(s, pos, c & 0xf);
                } else if ((c & 0xf0) == 0x80) {
                    pos[0]++;
                    return map(s, pos, c & 0xf);
                }
                throw new BadFormat();
        }
    }

    private static LuaValue array(byte[] s, int[] pos, long len) {
        LuaTable t = new LuaTable();
        for (int i = 1; len-- > 0; i++) {
            LuaValue v = decode(s, pos);
            t.set(i, v);
        }
        return t;
    }

    private static LuaValue map(byte[] s, int[] pos, long len) {
        LuaTable t = new LuaTable();
        while (len-- > 0) {
            LuaValue k = decode(s, pos);
            LuaValue v = decode(s, pos);
            t.set(k, v);
        }
        return t;
    }
}
