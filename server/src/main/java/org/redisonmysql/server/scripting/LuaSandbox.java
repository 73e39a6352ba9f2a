package org.redisonmysql.server.scripting;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.CoroutineLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseBaseLib;
import org.luaj.vm2.lib.jse.JseMathLib;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * One Lua state per worker thread (luaj states are not thread-safe), set up as Redis sets up its
 * own: base, table, string, math, coroutine and bit, without os, io, package, require, dofile,
 * loadfile or print. Each run gets a fresh environment table whose reads of unknown globals and
 * whose writes fail with Redis 7's errors, so a script cannot leave anything behind.
 */
final class LuaSandbox {
    private static final String[] REMOVED = {"dofile", "loadfile", "print", "require", "module", "package",
        "io", "os", "debug", "luajava", "rawlen", "bit32"};

    final Globals globals = new Globals();
    final LuaTable redis = new LuaTable();
    /** The settings of the global cjson table, back to defaults at the start of each run. */
    final CjsonLib.Config cjsonConfig = new CjsonLib.Config();
    /** The run in progress on this thread (redis.call needs it). */
    ScriptRun current;
    private LuaTable runGlobals;
    final InstructionHook hook = new InstructionHook(this);
    /** This instance's busy scripts (null in unit tests without a server). */
    final BusyScripts busy;
    /** Set while a library's code runs to register its functions (FUNCTION LOAD). */
    FunctionLoading loading;
    /** The globals of every function library: the load-time API while loading, the script API after. */
    final LuaTable functionEnv;
    /** Tenants' libraries loaded in this thread's state, each as of a committed version. */
    final java.util.Map<String, TenantLibraries> tenantLibraries = new java.util.HashMap<>();

    LuaSandbox(RedisLib lib) {
        this(lib, null);
    }

    LuaSandbox(RedisLib lib, BusyScripts busy) {
        this.busy = busy;
        globals.load(new JseBaseLib());
        globals.load(new PackageLib());
        globals.load(new TableLib());
        globals.load(new JseMathLib());
        globals.load(new CoroutineLib());
        LoadState.install(globals);
        LuaC.install(globals);
        for (String name : REMOVED) {
            globals.rawset(name, LuaValue.NIL);
        }
        globals.rawset("string", STRING);
        globals.rawset("unpack", globals.get("table").get("unpack"));
        globals.rawset("bit", BitLib.create());
        globals.rawset("cjson", CjsonLib.create(cjsonConfig));
        globals.rawset("struct", StructLib.create());
        globals.rawset("cmsgpack", CmsgpackLib.create());
        globals.rawset("loadstring", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                try {
                    String chunk = args.optjstring(2, "=(load)");
                    Prototype p = globals.compilePrototype(new ByteArrayInputStream(LuaReplies.bytes(args.arg1())), chunk);
                    return new LuaClosure(p, runGlobals);
                } catch (LuaError | IOException e) {
                    return varargsOf(NIL, valueOf(e.getMessage()));
                }
            }
        });
        globals.rawset("load", globals.get("loadstring"));
        lib.install(this);
        globals.rawset("redis", redis);
        globals.rawset("pcall", new ProtectedCall());
        globals.rawset("xpcall", new ProtectedCallWithHandler());
        sealLibraries();
        globals.debuglib = hook;
        functionEnv = FunctionLoading.environment(this);
    }

    /**
     * Redis 7 makes every table reachable from the globals read-only, and the strings' metatable
     * too: each library table in the globals becomes a sealed copy (same functions); the string
     * library and the strings' metatable are shared ({@link #STRING}).
     */
    private void sealLibraries() {
        java.util.List<LuaValue> names = new java.util.ArrayList<>();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = globals.next(k);
            k = n.arg1();
            if (k.isnil()) {
                break;
            }
            if (n.arg(2).istable() && n.arg(2) != globals) {
                names.add(k);
            }
        }
        for (LuaValue name : names) {
            globals.rawset(name, ReadOnlyTable.copyOf((LuaTable) globals.rawget(name)));
        }
    }

    /**
     * The string library, read-only, and the strings' metatable ({@code getmetatable('')}) whose
     * __index it is. luaj keeps that metatable in one static field, so every sandbox of the JVM
     * shares both: the functions keep no state.
     */
    private static final LuaTable STRING;

    static {
        Globals g = new Globals();
        g.load(new JseBaseLib());
        g.load(new PackageLib());
        STRING = ReadOnlyTable.copyOf((LuaTable) g.load(new StringLib()));
        ReadOnlyTable meta = new ReadOnlyTable();
        meta.rawset(LuaValue.INDEX, STRING);
        LuaString.s_metatable = meta.seal();
    }

    /** What every run (script or function call) starts from: cjson's default settings. */
    void startRun() {
        cjsonConfig.reset();
    }

    /**
     * Called by the instruction hook: ends a library load that takes too long (Redis's 500 ms
     * FUNCTION LOAD timeout), stops a killed script, and marks a script busy once it has run past
     * busy-reply-threshold.
     */
    void checkInterrupt() {
        FunctionLoading load = loading;
        if (load != null) {
            if (System.nanoTime() - load.startedNanos > FunctionLoading.TIMEOUT_NANOS) {
                throw new LuaError(LuaReplies.table("err", LuaValue.valueOf("ERR FUNCTION LOAD timeout")));
            }
            return;
        }
        ScriptRun run = current;
        if (run == null) {
            return;
        }
        if (run.killed) {
            hook.checkEveryInstruction();
            throw new LuaError(LuaReplies.table("err", LuaValue.valueOf("ERR Script killed by user with SCRIPT KILL...")));
        }
        if (!run.busy && busy != null && (System.nanoTime() - run.startedNanos) / 1_000_000 >= busy.thresholdMs()) {
            busy.markBusy(run);
        }
    }

    /**
     * An empty globals table for scripts' code. A luaj {@link Globals} rather than a plain table
     * because luaj runs its debug hook only in closures whose environment is a Globals: this is
     * what lets the instruction hook see every script. It shares the sandbox's running thread, so
     * xpcall's handler applies to script code.
     */
    ReadOnlyGlobals newEnvironment() {
        ReadOnlyGlobals env = new ReadOnlyGlobals();
        env.running = globals.running;
        env.debuglib = hook;
        return env;
    }

    /** Lua's pcall, without the newline luaj's debug hook adds to a string error's message. */
    private static final class ProtectedCall extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaValue func = args.checkvalue(1);
            try {
                return varargsOf(TRUE, func.invoke(args.subargs(2)));
            } catch (LuaError le) {
                LuaValue m = InstructionHook.messageObject(le);
                return varargsOf(FALSE, m != null ? m : NIL);
            } catch (RuntimeException e) {
                String m = e.getMessage();
                return varargsOf(FALSE, valueOf(m != null ? m : e.toString()));
            }
        }
    }

    /**
     * Lua's xpcall(f, handler): the handler gets the error as Lua 5.1 writes it (luaj's own xpcall
     * passes "@user_script:1 msg", and keeps the position of errors raised by C functions such
     * as rawset); an error in the handler is Lua's "error in error handling".
     */
    private static final class ProtectedCallWithHandler extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaValue func = args.arg1();
            LuaValue handler = args.checkvalue(2);
            try {
                return varargsOf(TRUE, func.invoke(args.subargs(3)));
            } catch (LuaError le) {
                LuaValue m = InstructionHook.messageObject(le);
                try {
                    return varargsOf(FALSE, handler.call(m != null ? m : NIL));
                } catch (LuaError handlerError) {
                    return varargsOf(FALSE, valueOf("error in error handling"));
                }
            }
        }
    }

    /** A closure of {@code script} whose globals are a fresh read-only view with KEYS and ARGV. */
    LuaClosure bind(Prototype script, LuaTable keys, LuaTable argv) {
        ReadOnlyGlobals env = newEnvironment();
        ReadOnlyTable meta = new ReadOnlyTable();
        meta.rawset(LuaValue.INDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                if (key.type() == LuaValue.TSTRING) {
                    String name = key.tojstring();
                    if (name.equals("KEYS")) {
                        return keys;
                    }
                    if (name.equals("ARGV")) {
                        return argv;
                    }
                    if (name.equals("_G")) {
                        return env;
                    }
                }
                LuaValue v = globals.rawget(key);
                if (v.isnil()) {
                    throw new LuaError("Script attempted to access nonexistent global variable '" + key.tojstring() + "'");
                }
                return v;
            }
        });
        // no __newindex: as in Redis, writes fail because the table is read-only
        env.setmetatable(meta.seal());
        env.seal();
        runGlobals = env;
        return new LuaClosure(script, env);
    }

    Prototype compile(byte[] body) throws IOException {
        return compile(body, "@user_script");
    }

    Prototype compile(byte[] body, String chunkName) throws IOException {
        Prototype p = globals.compilePrototype(new ByteArrayInputStream(body), chunkName);
        withoutTailCalls(p);
        return p;
    }

    /**
     * luaj runs a tail call after its caller's frame is gone, so an error in {@code return
     * redis.call(...)} would lose the script line Redis reports. A tail call is always followed by
     * {@code RETURN A 0}, so a plain multi-result CALL there returns the same values.
     */
    private static void withoutTailCalls(Prototype p) {
        for (int i = 0; i < p.code.length; i++) {
            if ((p.code[i] & Lua.MASK_OP) == Lua.OP_TAILCALL) {
                p.code[i] = (p.code[i] & Lua.MASK_NOT_OP) | Lua.OP_CALL;
            }
        }
        if (p.p != null) {
            for (Prototype child : p.p) {
                withoutTailCalls(child);
            }
        }
    }
}
