package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/** LuaBitOp ("bit"), the bit library Redis ships to scripts: 32-bit signed results. */
final class BitLib {
    private static final String[] NAMES = {"tobit", "bnot", "band", "bor", "bxor", "lshift", "rshift", "arshift",
        "rol", "ror", "bswap", "tohex"};

    private BitLib() {
    }

    static LuaTable create() {
        LuaTable t = new LuaTable();
        for (int i = 0; i < NAMES.length; i++) {
            final int op = i;
            t.rawset(NAMES[i], new VarArgFunction() {
                @Override
                public Varargs invoke(Varargs args) {
                    return apply(op, args);
                }
            });
        }
        return t;
    }

    /** LuaBitOp converts with round-to-nearest-even, then keeps the low 32 bits. */
    static int tobit(LuaValue v) {
        double d = v.checkdouble();
        return (int) (long) Math.rint(d);
    }

    private static Varargs apply(int op, Varargs args) {
        int x = tobit(args.arg1());
        switch (op) {
            case 0:
                return LuaValue.valueOf(x);
            case 1:
                return LuaValue.valueOf(~x);
            case 2: case 3: case 4: {
                for (int i = 2; i <= args.narg(); i++) {
                    int y = tobit(args.arg(i));
                    x = op == 2 ? x & y : op == 3 ? x | y : x ^ y;
                }
                return LuaValue.valueOf(x);
            }
            case 5:
                return LuaValue.valueOf(x << (tobit(args.arg(2)) & 31));
            case 6:
                return LuaValue.valueOf(x >>> (tobit(args.arg(2)) & 31));
            case 7:
                return LuaValue.valueOf(x >> (tobit(args.arg(2)) & 31));
            case 8:
                return LuaValue.valueOf(Integer.rotateLeft(x, tobit(args.arg(2)) & 31));
            case 9:
                return LuaValue.valueOf(Integer.rotateRight(x, tobit(args.arg(2)) & 31));
            case 10:
                return LuaValue.valueOf(Integer.reverseBytes(x));
            default: {
                int n = args.isnoneornil(2) ? 8 : tobit(args.arg(2));
                boolean upper = n < 0;
                n = Math.min(Math.abs(n), 8);
                String hex = String.format(upper ? "%08X" : "%08x", x);
                return LuaValue.valueOf(hex.substring(8 - n));
            }
        }
    }
}
