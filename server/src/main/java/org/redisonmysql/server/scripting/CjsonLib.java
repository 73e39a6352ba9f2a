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
    /** Lua 5.1's LUAI_MAXCSTACK: lua_checkstack fails past this many slots in one C call. */
    private static final int MAX_C_STACK = 8000;
    private static final long DEEP_STACK_BYTES = 64L * 1024 * 1024;
    private static final String[] BOOL_OPTIONS = {"off", "on"};
    private static final String[] INVALID_NUMBER_OPTIONS = {"off", "on", "null"};

    private CjsonLib() {
    }

    /** One cjson table's settings (lua-cjson's json_config_t), changed by its cjson.encode_* functions. */
    static final class Config {
        int encodeSparseConvert;
        int encodeSparseRatio;
        int encodeSparseSafe;
        int encodeMaxDepth;
        int decodeMaxDepth;
        /** 0 off (error), 1 on (inf, -inf, nan), 2 null. */
        int encodeInvalidNumbers;
        int decodeInvalidNumbers;
        int encodeKeepBuffer;
        int encodeNumberPrecision;

        Config() {
            reset();
        }

        /** lua-cjson's defaults as Redis builds it. */
        void reset() {
            encodeSparseConvert = 0;
            encodeSparseRatio = 2;
            encodeSparseSafe = 10;
            encodeMaxDepth = 1000;
            decodeMaxDepth = 1000;
            encodeInvalidNumbers = 0;
            decodeInvalidNumbers = 1;
            encodeKeepBuffer = 1;
            encodeNumberPrecision = 14;
        }
    }

    /** A cjson table with its own default settings (cjson.new). */
    static LuaTable create() {
        return create(new Config());
    }

    static LuaTable create(Config cfg) {
        LuaTable t = new LuaTable();
        t.rawset("encode", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1) {
                    throw new LuaError("bad argument #1 to 'encode' (expected 1 argument)");
                }
                LuaValue value = args.arg1();
                return withDeepStack(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    encode(cfg, value, 0, 1, out);
                    return LuaValue.valueOf(out.toByteArray());
                });
            }
        });
        t.rawset("decode", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1) {
                    throw new LuaError("bad argument #1 to 'decode' (expected 1 argument)");
                }
                byte[] json = checkBytes(args, 1, "decode");
                return withDeepStack(() -> new Decoder(cfg, json).run());
            }
        });
        t.rawset("encode_sparse_array", setting(args -> {
            argInit(args, 3, "encode_sparse_array");
            LuaValue convert = enumOption(args, 1, "encode_sparse_array", BOOL_OPTIONS, 1, cfg.encodeSparseConvert,
                    v -> cfg.encodeSparseConvert = v);
            cfg.encodeSparseRatio = integerOption(args, 2, "encode_sparse_array", 0, Integer.MAX_VALUE, cfg.encodeSparseRatio);
            cfg.encodeSparseSafe = integerOption(args, 3, "encode_sparse_array", 0, Integer.MAX_VALUE, cfg.encodeSparseSafe);
            return LuaValue.varargsOf(convert, LuaValue.valueOf(cfg.encodeSparseRatio), LuaValue.valueOf(cfg.encodeSparseSafe));
        }));
        t.rawset("encode_max_depth", setting(args -> {
            argInit(args, 1, "encode_max_depth");
            cfg.encodeMaxDepth = integerOption(args, 1, "encode_max_depth", 1, Integer.MAX_VALUE, cfg.encodeMaxDepth);
            return LuaValue.valueOf(cfg.encodeMaxDepth);
        }));
        t.rawset("decode_max_depth", setting(args -> {
            argInit(args, 1, "decode_max_depth");
            cfg.decodeMaxDepth = integerOption(args, 1, "decode_max_depth", 1, Integer.MAX_VALUE, cfg.decodeMaxDepth);
            return LuaValue.valueOf(cfg.decodeMaxDepth);
        }));
        t.rawset("encode_number_precision", setting(args -> {
            argInit(args, 1, "encode_number_precision");
            cfg.encodeNumberPrecision = integerOption(args, 1, "encode_number_precision", 1, 14, cfg.encodeNumberPrecision);
            return LuaValue.valueOf(cfg.encodeNumberPrecision);
        }));
        t.rawset("encode_keep_buffer", setting(args -> {
            argInit(args, 1, "encode_keep_buffer");
            return enumOption(args, 1, "encode_keep_buffer", BOOL_OPTIONS, 1, cfg.encodeKeepBuffer,
                    v -> cfg.encodeKeepBuffer = v);
        }));
        t.rawset("encode_invalid_numbers", setting(args -> {
            argInit(args, 1, "encode_invalid_numbers");
            return enumOption(args, 1, "encode_invalid_numbers", INVALID_NUMBER_OPTIONS, 1, cfg.encodeInvalidNumbers,
                    v -> cfg.encodeInvalidNumbers = v);
        }));
        t.rawset("decode_invalid_numbers", setting(args -> {
            argInit(args, 1, "decode_invalid_numbers");
            return enumOption(args, 1, "decode_invalid_numbers", BOOL_OPTIONS, 1, cfg.decodeInvalidNumbers,
                    v -> cfg.decodeInvalidNumbers = v);
        }));
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

    /**
     * Runs an encode or decode; if it nests too deep for this thread's stack (lua-cjson goes to
     * about 8000 levels), runs it again on a thread with a large stack. Both only read Lua data
     * and build new tables, so running them twice or on another thread changes nothing else.
     */
    private static LuaValue withDeepStack(java.util.function.Supplier<LuaValue> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            LuaValue[] result = new LuaValue[1];
            RuntimeException[] failure = new RuntimeException[1];
            Thread deep = new Thread(null, () -> {
                try {
                    result[0] = work.get();
                } catch (RuntimeException ex) {
                    failure[0] = ex;
                }
            }, "cjson-deep-nesting", DEEP_STACK_BYTES);
            deep.start();
            try {
                deep.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new LuaError("interrupted");
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            if (result[0] == null) {
                throw e;
            }
            return result[0];
        }
    }

    private static VarArgFunction setting(java.util.function.Function<Varargs, Varargs> body) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return body.apply(args);
            }
        };
    }

    /** json_arg_init: at most {@code max} arguments. */
    private static void argInit(Varargs args, int max, String fn) {
        if (args.narg() > max) {
            throw new LuaError("bad argument #" + (max + 1) + " to '" + fn + "' (found too many arguments)");
        }
    }

    /**
     * json_enum_option: a boolean, or one of the option names (luaL_checkoption, so numbers are
     * taken as their string); answers true/false for the first two settings, else the name.
     */
    private static LuaValue enumOption(Varargs args, int arg, String fn, String[] options, int boolTrue, int current,
            java.util.function.IntConsumer store) {
        int setting = current;
        LuaValue v = args.arg(arg);
        if (!v.isnil()) {
            if (v.isboolean()) {
                setting = v.toboolean() ? boolTrue : 0;
            } else {
                String name = LuaReplies.latin1(LuaValue.valueOf(checkBytes(args, arg, fn)));
                int nul = name.indexOf('\0');
                if (nul >= 0) {
                    name = name.substring(0, nul);
                }
                setting = -1;
                for (int i = 0; i < options.length; i++) {
                    if (options[i].equals(name)) {
                        setting = i;
                    }
                }
                if (setting < 0) {
                    throw new LuaError("bad argument #" + arg + " to '" + fn + "' (invalid option '" + name + "')");
                }
            }
            store.accept(setting);
        }
        if (setting == 0 || setting == boolTrue) {
            return LuaValue.valueOf(setting != 0);
        }
        return LuaValue.valueOf(options[setting]);
    }

    /** json_integer_option: luaL_checkinteger (truncated to a C int), then a range check naming argument #1. */
    private static int integerOption(Varargs args, int arg, String fn, int min, int max, int current) {
        LuaValue v = args.arg(arg);
        if (v.isnil()) {
            return current;
        }
        LuaValue n = v.type() == LuaValue.TNUMBER ? v : v.type() == LuaValue.TSTRING ? v.tonumber() : LuaValue.NIL;
        if (n.isnil()) {
            throw new LuaError("bad argument #" + arg + " to '" + fn + "' (number expected, got " + typeName(args, arg) + ")");
        }
        double d = n.todouble();
        // lua_Integer is a C long: (long) d, with x86's LONG_MIN for what does not fit; then (int)
        long l = Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63 ? Long.MIN_VALUE : (long) d;
        int value = (int) l;
        if (value < min || value > max) {
            throw new LuaError("bad argument #1 to '" + fn + "' (expected integer between " + min + " and " + max + ")");
        }
        return value;
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

    /** {@code slots}: what lua-cjson has on the Lua stack at this point (lua_checkstack's limit). */
    private static void encode(Config cfg, LuaValue v, int depth, int slots, ByteArrayOutputStream out) {
        switch (v.type()) {
            case LuaValue.TSTRING -> appendString(LuaReplies.bytes(v), out);
            case LuaValue.TNUMBER -> appendNumber(cfg, v, out);
            case LuaValue.TBOOLEAN -> out.writeBytes(v.toboolean() ? "true".getBytes() : "false".getBytes());
            case LuaValue.TNIL -> out.writeBytes("null".getBytes());
            case LuaValue.TTABLE -> {
                depth++;
                if (depth > cfg.encodeMaxDepth || slots + 3 > MAX_C_STACK) {
                    throw new LuaError("Cannot serialise, excessive nesting (" + depth + ")");
                }
                LuaTable t = (LuaTable) v;
                int len = arrayLength(cfg, t);
                if (len > 0) {
                    out.write('[');
                    for (int i = 1; i <= len; i++) {
                        if (i > 1) {
                            out.write(',');
                        }
                        encode(cfg, t.rawget(i), depth, slots + 1, out);
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
                            appendNumber(cfg, k, out);
                            out.write('"');
                            out.write(':');
                        } else if (k.type() == LuaValue.TSTRING) {
                            appendString(LuaReplies.bytes(k), out);
                            out.write(':');
                        } else {
                            fail(k, "table key must be a number or string");
                        }
                        encode(cfg, n.arg(2), depth, slots + 2, out);
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
    private static int arrayLength(Config cfg, LuaTable t) {
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
        if (cfg.encodeSparseRatio > 0 && max > items * cfg.encodeSparseRatio && max > cfg.encodeSparseSafe) {
            if (cfg.encodeSparseConvert == 0) {
                throw new LuaError("Cannot serialise table: excessively sparse array");
            }
            return -1;
        }
        return max;
    }

    private static void appendNumber(Config cfg, LuaValue v, ByteArrayOutputStream out) {
        double d = v.todouble();
        boolean invalid = Double.isNaN(d) || Double.isInfinite(d);
        if (invalid && cfg.encodeInvalidNumbers == 0) {
            fail(v, "must not be NaN or Inf");
        } else if (invalid && cfg.encodeInvalidNumbers == 2) {
            out.writeBytes("null".getBytes(StandardCharsets.ISO_8859_1));
            return;
        } else if (Double.isNaN(d)) {
            // lua-cjson writes "nan" itself: some platforms print "-nan"
            out.writeBytes("nan".getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        out.writeBytes(formatG(d, cfg.encodeNumberPrecision).getBytes(StandardCharsets.ISO_8859_1));
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

        private final Config cfg;
        private final byte[] data;
        private int ptr;
        private int depth;
        /** What lua-cjson has on the Lua stack (lua_checkstack's limit): the argument, then each open table (and key). */
        private int slots = 1;
        // current token
        private int type;
        private int index;
        private LuaValue value;
        private String error;

        Decoder(Config cfg, byte[] data) {
            this.cfg = cfg;
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
                    if (ch == '-' || (ch >= '0' && ch <= '9')) {
                        if (cfg.decodeInvalidNumbers == 0 && invalidNumber()) {
                            tokenError("invalid number");
                        } else {
                            number();
                        }
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
                    } else if (cfg.decodeInvalidNumbers != 0 && invalidNumber()) {
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

        /** json_is_invalid_number: a leading +, hex, leading zeros, inf or nan (valid JSON numbers are not). */
        private boolean invalidNumber() {
            int p = ptr;
            if (at(p) == '+') {
                return true;
            }
            if (at(p) == '-') {
                p++;
            }
            int c = at(p);
            if (c == '0') {
                int c2 = at(p + 1);
                return (c2 | 0x20) == 'x' || (c2 >= '0' && c2 <= '9');
            } else if (c <= '9') {
                return false;
            }
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

        /** json_decode_descend: {@code need} stack slots for the table about to be read. */
        private void descend(int need) {
            depth++;
            if (depth > cfg.decodeMaxDepth || slots + need > MAX_C_STACK) {
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
                    descend(3);
                    LuaTable t = new LuaTable();
                    next();
                    if (type == OBJ_END) {
                        depth--;
                        return t;
                    }
                    slots += 2;
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
                            slots -= 2;
                            return t;
                        }
                        if (type != COMMA) {
                            parseError("comma or object end");
                        }
                        next();
                    }
                }
                case ARR_BEGIN: {
                    descend(2);
                    LuaTable t = new LuaTable();
                    next();
                    if (type == ARR_END) {
                        depth--;
                        return t;
                    }
                    slots += 1;
                    for (int i = 1; ; i++) {
                        t.rawset(i, value());
                        next();
                        if (type == ARR_END) {
                            depth--;
                            slots -= 1;
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
