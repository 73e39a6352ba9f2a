package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.VarArgFunction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One library's code running to register its functions, and the globals function libraries see
 * (Redis 7's function_lua.c): one read-only table whose unknown names are an error; while a library
 * loads it offers only {@code redis} with register_function, log, the LOG_* levels and the version
 * (no redis.call, no string, math, ...), afterwards the whole script API without KEYS and ARGV.
 */
final class FunctionLoading {
    /** Redis's LOAD_TIMEOUT_MS. */
    static final long TIMEOUT_NANOS = 500L * 1_000_000;

    final String library;
    final long startedNanos = System.nanoTime();
    final Map<String, FunctionDef> functions = new LinkedHashMap<>();

    FunctionLoading(String library) {
        this.library = library;
    }

    /** The globals of function libraries in {@code box}. */
    static LuaTable environment(LuaSandbox box) {
        ReadOnlyTable loadRedis = new ReadOnlyTable();
        loadRedis.rawset("register_function", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                FunctionLoading load = box.loading;
                if (load == null) {
                    throw RedisLib.tableError("redis.register_function can only be called on FUNCTION LOAD command");
                }
                load.register(args);
                return NONE;
            }
        });
        for (String name : new String[] {"log", "LOG_DEBUG", "LOG_VERBOSE", "LOG_NOTICE", "LOG_WARNING", "REDIS_VERSION",
            "REDIS_VERSION_NUM"}) {
            loadRedis.rawset(name, box.redis.rawget(name));
        }
        loadRedis.setmetatable(protectedMeta(null));
        loadRedis.seal();

        ReadOnlyGlobals env = box.newEnvironment();
        LuaTable meta = protectedMeta(new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                if (key.type() == LuaValue.TSTRING && key.tojstring().equals("_G") && box.loading == null) {
                    return env;
                }
                if (box.loading != null) {
                    if (key.type() == LuaValue.TSTRING && key.tojstring().equals("redis")) {
                        return loadRedis;
                    }
                    throw nonexistent(key);
                }
                LuaValue v = box.globals.rawget(key);
                if (v.isnil()) {
                    throw nonexistent(key);
                }
                return v;
            }
        });
        env.setmetatable(meta);
        return env.seal();
    }

    /** A (read-only) metatable that makes a table's unknown names an error; the table is sealed itself. */
    private static LuaTable protectedMeta(TwoArgFunction index) {
        ReadOnlyTable meta = new ReadOnlyTable();
        meta.rawset(LuaValue.INDEX, index != null ? index : new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                throw nonexistent(key);
            }
        });
        return meta.seal();
    }

    private static LuaError nonexistent(LuaValue key) {
        return new LuaError("Script attempted to access nonexistent global variable '" + key.tojstring() + "'");
    }

    /** redis.register_function(name, callback) or redis.register_function{function_name=..., callback=..., ...}. */
    void register(Varargs args) {
        int argc = args.narg();
        if (argc < 1 || argc > 2) {
            throw RedisLib.tableError("wrong number of arguments to redis.register_function");
        }
        String name = null;
        String description = null;
        LuaValue callback = null;
        int flags = 0;
        if (argc == 1) {
            LuaValue t = args.arg1();
            if (!t.istable()) {
                throw RedisLib.tableError("calling redis.register_function with a single argument is only applicable "
                        + "to Lua table (representing named arguments).");
            }
            LuaValue k = LuaValue.NIL;
            while (true) {
                Varargs n = t.next(k);
                k = n.arg1();
                if (k.isnil()) {
                    break;
                }
                LuaValue v = n.arg(2);
                if (!k.isstring()) {
                    throw RedisLib.tableError("named argument key given to redis.register_function is not a string");
                }
                String key = k.tojstring().toLowerCase(Locale.ROOT);
                switch (key) {
                    case "function_name" -> {
                        if (!v.isstring()) {
                            throw RedisLib.tableError("function_name argument given to redis.register_function must be a string");
                        }
                        name = LuaReplies.latin1(v.tostring());
                    }
                    case "description" -> {
                        if (!v.isstring()) {
                            throw RedisLib.tableError("description argument given to redis.register_function must be a string");
                        }
                        description = LuaReplies.latin1(v.tostring());
                    }
                    case "callback" -> {
                        if (!v.isfunction()) {
                            throw RedisLib.tableError("callback argument given to redis.register_function must be a function");
                        }
                        callback = v;
                    }
                    case "flags" -> {
                        if (!v.istable()) {
                            throw RedisLib.tableError("flags argument to redis.register_function must be a table "
                                    + "representing function flags");
                        }
                        flags = readFlags(v);
                    }
                    default -> throw RedisLib.tableError("unknown argument given to redis.register_function");
                }
            }
            if (name == null) {
                throw RedisLib.tableError("redis.register_function must get a function name argument");
            }
            if (callback == null) {
                throw RedisLib.tableError("redis.register_function must get a callback argument");
            }
        } else {
            if (!args.arg1().isstring()) {
                throw RedisLib.tableError("first argument to redis.register_function must be a string");
            }
            if (!args.arg(2).isfunction()) {
                throw RedisLib.tableError("second argument to redis.register_function must be a function");
            }
            name = LuaReplies.latin1(args.arg1().tostring());
            callback = args.arg(2);
        }
        if (!LibraryMetadata.validName(name)) {
            throw RedisLib.tableError(LibraryMetadata.INVALID_NAME);
        }
        if (functions.containsKey(name)) {
            throw RedisLib.tableError("Function already exists in the library");
        }
        functions.put(name, new FunctionDef(name, callback, description, flags, library));
    }

    /** luaRegisterFunctionReadFlags: the array part, each a known flag name (any case). */
    private static int readFlags(LuaValue table) {
        int flags = 0;
        for (int j = 1; ; j++) {
            LuaValue v = table.get(j);
            if (v.isnil()) {
                return flags;
            }
            int f = v.isstring() ? FunctionFlags.of(v.tojstring().toLowerCase(Locale.ROOT)) : 0;
            if (f == 0) {
                throw RedisLib.tableError("unknown flag given");
            }
            flags |= f;
        }
    }
}
