package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** lua-cjson 2.1.0 ("cjson") as Redis ships it, with its default configuration. */
final class CjsonLib {
    /** cjson.null: Lua's NULL lightuserdata. */
    static final LuaValue NULL = new LuaUserdata(new Object()) {
        @Override
        public String tojstring() {
            return "userdata: (nil)";
        }
    };
    private static final int MAX_DEPTH = 1000;

    private CjsonLib() {
    }

    static LuaTable create() {
        LuaTable t = new LuaTable();
        t.rawset("encode", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1) {
                    throw new LuaError("bad argument #1 to 'encode' (expected 1 argument)");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                encode(args.arg1(), 0, out);
                return LuaValue.valueOf(out.toByteArray());
            }
        });
        t.rawset("decode", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1) {
                    throw new LuaError("bad argument #1 to 'decode' (expected 1 argument)");
                }
                return new Decoder(checkBytes(args, 1, "decode")).run();
            }
        });
        t.rawset("new", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return create();
            }
        });
        t.rawset("null", NULL);
        t.rawset("_NAME", "cjson");
        t.rawset("_VERSION", "2.1.0");
        return t;
    }

    /** luaL_checklstring: strings, and numbers as %.14g. */
    static byte[] checkBytes(Varargs args, int arg, String fn) {
        LuaValue v = args.arg(arg);
        if (v.type() == LuaValue.TSTRING) {
            return LuaReplies.bytes(v);
        }
        if (v.type() == LuaValue.TNUMBER) {
            return formatG(v.todouble(), 14).getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new LuaError("bad argument #" + arg + " to '" + fn + "' (string expected, got " + typeName(args, arg) + ")");
    }

    static String typeName(Varargs args, int arg) {
        return arg > args.narg() ? "no value" : typeName(args.arg(arg));
    }

    static String typeName(LuaValue v) {
        return v == NULL ? "userdata" : v.typename();
    }

    private static void fail(LuaValue v, String reason) {
        throw new LuaError("Cannot serialise " + typeName(v) + ": " + reason);
    }

    private static void encode(LuaValue v, int depth, ByteArrayOutputStream out) {
        switch (v.type()) {
            case LuaValue.TSTRING -> appendString(LuaReplies.bytes(v), out);
            case LuaValue.TNUMBER -> appendNumber(v, out);
            case LuaValue.TBOOLEAN -> out.writeBytes(v.toboolean() ? "true".getBytes() : "false".getBytes());
            case LuaValue.TNIL -> out.writeBytes("null".getBytes());
            case LuaValue.TTABLE -> {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new LuaError("Cannot serialise, excessive nesting (" + depth + ")");
                }
                LuaTable t = (LuaTable) v;
                int len = arrayLength(t);
                if (len > 0) {
                    out.write('[');
                    for (int i = 1; i <= len; i++) {
                        if (i > 1) {
                            out.write(',');
                        }
                        encode(t.rawget(i), depth, out);
                    }
                    out.write(']');
                } else {
                    out.write('{');
                    boolean comma = false;
                    LuaValue k = LuaValue.NIL;
                    while (true) {
                        Varargs n = t.next(k);
                        k = n.arg1();
                        if (k.isnil()) {
                            break;
                        }
                        if (comma) {
                            out.write(',');
                        }
                        comma = true;
                        if (k.type() == LuaValue.TNUMBER) {
                            out.write('"');
                            appendNumber(k, out);
                            out.write('"');
                            out.write(':');
                        } else if (k.type() == LuaValue.TSTRING) {
                            appendString(LuaReplies.bytes(k), out);
                            out.write(':');
                        } else {
                            fail(k, "table key must be a number or string");
                        }
                        encode(n.arg(2), depth, out);
                    }
                    out.write('}');
                }
            }
            default -> {
                if (v == NULL) {
                    out.writeBytes("null".getBytes());
                } else {
                    fail(v, "type not supported");
                }
            }
        }
    }

    /** The array length, or -1 when the table is an object; errors for excessively sparse arrays. */
    private static int arrayLength(LuaTable t) {
        int max = 0;
        int items = 0;
        LuaValue k = LuaValue.NIL;
        while (true) {
            k = t.next(k).arg1();
            if (k.isnil()) {
                break;
            }
            if (k.type() == LuaValue.TNUMBER) {
                double d = k.todouble();
                if (d != 0 && Math.floor(d) == d && d >= 1) {
                    if (d > max) {
                        // C's (int) conversion on x86: out of range gives INT_MIN
                        max = d < 2147483648.0 ? (int) d : Integer.MIN_VALUE;
                    }
                    items++;
                    continue;
                }
            }
            return -1;
        }
        if (max > items * 2 && max > 10) {
            throw new LuaError("Cannot serialise table: excessively sparse array");
        }
        return max;
    }

    private static void appendNumber(LuaValue v, ByteArrayOutputStream out) {
        double d = v.todouble();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            fail(v, "must not be NaN or Inf");
        }
        out.writeBytes(formatG(d, 14).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void appendString(byte[] s, ByteArrayOutputStream out) {
        out.write('"');
        for (byte b : s) {
            int c = b & 0xff;
            switch (c) {
                case '"' -> out.writeBytes("\\\"".getBytes());
                case '\\' -> out.writeBytes("\\\\".getBytes());
                case '/' -> out.writeBytes("\\/".getBytes());
                case '\b' -> out.writeBytes("\\b".getBytes());
                case '\t' -> out.writeBytes("\\t".getBytes());
                case '\n' -> out.writeBytes("\\n".getBytes());
                case '\f' -> out.writeBytes("\\f".getBytes());
                case '\r' -> out.writeBytes("\\r".getBytes());
                default -> {
                    if (c < 32 || c == 127) {
                        out.writeBytes(String.format("\\u%04x", c).getBytes());
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    /** C's {@code %.<precision>g} (glibc rounds the exact binary value half to even). */
    static String formatG(double d, int precision) {
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        int p = precision == 0 ? 1 : precision;
        BigDecimal r = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int x = r.precision() - r.scale() - 1;
        if (p > x && x >= -4) {
            String s = r.setScale(Math.max(0, p - 1 - x), RoundingMode.HALF_EVEN).toPlainString();
            if (s.indexOf('.') >= 0) {
                s = s.replaceAll("0+$", "");
                if (s.endsWith(".")) {
                    s = s.substring(0, s.length() - 1);
                }
            }
            return s;
        }
        BigDecimal m = r.movePointLeft(x).stripTrailingZeros();
        String ms = m.toPlainString();
        return ms + (x < 0 ? "e-" : "e+") + (Math.abs(x) < 10 ? "0" : "") + Math.abs(x);
    }

    private static final class Decoder {
        private static final String[] NAMES = {"T_OBJ_BEGIN", "T_OBJ_END", "T_ARR_BEGIN", "T_ARR_END", "T_STRING",
            "T_NUMBER", "T_BOOLEAN", "T_NULL", "T_COLON", "T_COMMA", "T_END", "T_WHITESPACE", "T_ERROR", "T_UNKNOWN"};
        private static final int OBJ_BEGIN = 0, OBJ_END = 1, ARR_BEGIN = 2, ARR_END = 3, STRING = 4, NUMBER = 5,
            BOOLEAN = 6, NULLT = 7, COLON = 8, COMMA = 9, END = 10, ERROR = 12;

        private final byte[] data;
        private int ptr;
        private int depth;
        // current token
        private int type;
        private int index;
        private LuaValue value;
        private String error;

        Decoder(byte[] data) {
            this.data = data;
        }

        private int at(int i) {
            return i < data.length ? data[i] & 0xff : 0;
        }

        LuaValue run() {
            if (data.length >= 2 && (data[0] == 0 || data[1] == 0)) {
                throw new LuaError("JSON parser does not support UTF-16 or UTF-32");
            }
            next();
            LuaValue v = value();
            next();
            if (type != END) {
                parseError("the end");
            }
            return v;
        }

        private void parseError(String expected) {
            String found = type == ERROR ? error : NAMES[type];
            throw new LuaError("Expected " + expected + " but found " + found + " at character " + (index + 1));
        }

        private void tokenError(String msg) {
            type = ERROR;
            index = ptr;
            error = msg;
        }

        private void next() {
            int ch;
            while ((ch = at(ptr)) == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                ptr++;
            }
            index = ptr;
            switch (ch) {
                case '{' -> type = OBJ_BEGIN;
                case '}' -> type = OBJ_END;
                case '[' -> type = ARR_BEGIN;
                case ']' -> type = ARR_END;
                case ',' -> type = COMMA;
                case ':' -> type = COLON;
                case 0 -> {
                    type = END;
                    return;
                }
                case '"' -> {
                    string();
                    return;
                }
                default -> {
                    if (ch == '-' || ch == '+' || (ch >= '0' && ch <= '9')) {
                        number();
                    } else if (startsWith("true")) {
                        type = BOOLEAN;
                        value = LuaValue.TRUE;
                        ptr += 4;
                    } else if (startsWith("false")) {
                        type = BOOLEAN;
                        value = LuaValue.FALSE;
                        ptr += 5;
                    } else if (startsWith("null")) {
                        type = NULLT;
                        ptr += 4;
                    } else if ((ch == 'i' || ch == 'I' || ch == 'n' || ch == 'N') && invalidNumber()) {
                        number();
                    } else {
                        tokenError("invalid token");
                    }
                    return;
                }
            }
            ptr++;
        }

        private boolean startsWith(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (at(ptr + i) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean invalidNumber() {
            int p = ptr;
            return regionIgnoreCase(p, "inf") || regionIgnoreCase(p, "nan");
        }

        private boolean regionIgnoreCase(int p, String s) {
            for (int i = 0; i < s.length(); i++) {
                int c = at(p + i);
                if (Character.toLowerCase(c) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void number() {
            int[] end = new int[1];
            double d = Strtod.parse(data, ptr, end);
            if (end[0] == ptr) {
                tokenError("invalid number");
                return;
            }
            ptr = end[0];
            type = NUMBER;
            value = LuaValue.valueOf(d);
        }

        private void string() {
            ptr++;
            ByteArrayOutputStream tmp = new ByteArrayOutputStream();
            int ch;
            while ((ch = at(ptr)) != '"') {
                if (ch == 0) {
                    tokenError("unexpected end of string");
                    return;
                }
                if (ch == '\\') {
                    int e = at(ptr + 1);
                    switch (e) {
                        case '"', '\\', '/' -> ch = e;
                        case 'b' -> ch = '\b';
                        case 't' -> ch = '\t';
                        case 'n' -> ch = '\n';
                        case 'f' -> ch = '\f';
                        case 'r' -> ch = '\r';
                        case 'u' -> {
                            if (unicodeEscape(tmp)) {
                                continue;
                            }
                            tokenError("invalid unicode escape code");
                            return;
                        }
                        default -> {
                            tokenError("invalid escape code");
                            return;
                        }
                    }
                    ptr++;
                }
                tmp.write(ch);
                ptr++;
            }
            ptr++;
            type = STRING;
            value = LuaValue.valueOf(tmp.toByteArray());
        }

        private int hex4(int p) {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(at(p + i), 16);
                if (d < 0 || at(p + i) > 127) {
                    return -1;
                }
                v = v * 16 + d;
            }
            return v;
        }

        private boolean unicodeEscape(ByteArrayOutputStream tmp) {
            int cp = hex4(ptr + 2);
            int len = 6;
            if (cp < 0) {
                return false;
            }
            if ((cp & 0xF800) == 0xD800) {
                if ((cp & 0x400) != 0) {
                    return false;
                }
                if (at(ptr + 6) != '\\' || at(ptr + 7) != 'u') {
                    return false;
                }
                int low = hex4(ptr + 8);
                if (low < 0 || (low & 0xFC00) != 0xDC00) {
                    return false;
                }
                cp = (((cp & 0x3FF) << 10) | (low & 0x3FF)) + 0x10000;
                len = 12;
            }
            tmp.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            ptr += len;
            return true;
        }

        private void descend() {
            depth++;
            if (depth > MAX_DEPTH) {
                throw new LuaError("Found too many nested data structures (" + depth + ") at character " + ptr);
            }
        }

        private LuaValue value() {
            switch (type) {
                case STRING, NUMBER, BOOLEAN:
                    return value;
                case NULLT:
                    return NULL;
                case OBJ_BEGIN: {
                    descend();
                    LuaTable t = new LuaTable();
                    next();
                    if (type == OBJ_END) {
                        depth--;
                        return t;
                    }
                    while (true) {
                        if (type != STRING) {
                            parseError("object key string");
                        }
                        LuaValue key = value;
                        next();
                        if (type != COLON) {
                            parseError("colon");
                        }
                        next();
                        t.rawset(key, value());
                        next();
                        if (type == OBJ_END) {
                            depth--;
                            return t;
                        }
                        if (type != COMMA) {
                            parseError("comma or object end");
                        }
                        next();
                    }
                }
                case ARR_BEGIN: {
                    descend();
                    LuaTable t = new LuaTable();
                    next();
                    if (type == ARR_END) {
                        depth--;
                        return t;
                    }
                    for (int i = 1; ; i++) {
                        t.rawset(i, value());
                        next();
                        if (type == ARR_END) {
                            depth--;
                            return t;
                        }
                        if (type != COMMA) {
                            parseError("comma or array end");
                        }
                        next();
                    }
                }
                default:
                    parseError("value");
                    return null;
            }
        }
    }
}
