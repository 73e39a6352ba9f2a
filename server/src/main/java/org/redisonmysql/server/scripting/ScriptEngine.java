package org.redisonmysql.server.scripting;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.jooq.DSLContext;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.dispatch.UnitOfWork;
import org.redisonmysql.server.net.ClientConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles and runs Lua scripts. Compiled code is cached per instance by SHA1 (the same bytes
 * always compile the same way); whether a tenant has a script is always asked of MySQL, so
 * SCRIPT LOAD and SCRIPT FLUSH on any instance are seen by all of them.
 */
@Singleton
public final class ScriptEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptEngine.class);
    /** luaj prefixes an error with "chunk:line " (Lua 5.1 would write "chunk:line: "). */
    private static final Pattern FILELINE = Pattern.compile("^@(user_script|user_function):(\\d+) (.*)$", Pattern.DOTALL);
    /** Tenants whose libraries one thread keeps loaded; past this the thread starts over. */
    private static final int MAX_TENANTS_PER_THREAD = 256;
    private static final int MAX_CACHED = 10_000;

    private final Map<String, Prototype> compiled = new ConcurrentHashMap<>();
    private final ThreadLocal<LuaSandbox> sandboxes;
    private final BusyScripts busy;

    @Inject
    public ScriptEngine(ServerState state) {
        RedisLib lib = new RedisLib(state::dispatcher);
        this.busy = state.busyScripts();
        this.sandboxes = ThreadLocal.withInitial(() -> new LuaSandbox(lib, busy));
    }

    public BusyScripts busyScripts() {
        return busy;
    }

    /** Compiles (or finds compiled) a script; a syntax error is Redis's "Error compiling script". */
    public Prototype compile(String sha1, byte[] body) {
        Prototype p = compiled.get(sha1);
        if (p != null) {
            return p;
        }
        try {
            p = sandboxes.get().compile(Shebang.asLua(body));
        } catch (LuaError | IOException e) {
            throw new RedisException("ERR Error compiling script (new function): " + e.getMessage());
        }
        if (compiled.size() >= MAX_CACHED) {
            compiled.clear();
        }
        compiled.put(sha1, p);
        return p;
    }

    /** Runs a compiled script in the unit of work of the script's transaction. */
    public Reply run(ClientConnection session, UnitOfWork uow, String sha1, Prototype script, byte[][] keys,
            byte[][] argv, boolean readOnly, byte[][] command) {
        LuaSandbox box = sandboxes.get();
        ScriptRun run = new ScriptRun(session, uow, readOnly, false, sha1, command);
        return execute(box, run, sha1, () -> box.bind(script, table(keys), table(argv)).call());
    }

    /** Runs a function (FCALL) found in this thread's libraries ({@link #libraries}): callback(KEYS, ARGV). */
    public Reply call(ClientConnection session, UnitOfWork uow, FunctionDef function, byte[][] keys, byte[][] argv,
            boolean readOnly, byte[][] command) {
        LuaSandbox box = sandboxes.get();
        ScriptRun run = new ScriptRun(session, uow, readOnly, true, function.name(), command);
        return execute(box, run, function.name(), () -> function.callback().call(table(keys), table(argv)));
    }

    private Reply execute(LuaSandbox box, ScriptRun run, String label, java.util.function.Supplier<LuaValue> body) {
        ClientConnection session = run.session;
        int db = session.db();
        box.current = run;
        box.hook.reset();
        box.startRun();
        try {
            LuaValue result = body.get();
            if (run.fatal != null) {
                throw run.fatal;
            }
            return LuaReplies.toReply(result, run.resp);
        } catch (LuaError e) {
            if (run.fatal != null) {
                throw run.fatal;
            }
            return Replies.error(LuaReplies.oneLine(errorText(e, label)));
        } catch (StackOverflowError e) {
            return Replies.error("ERR Error running script " + label + ", stack overflow");
        } finally {
            box.current = null;
            box.hook.reset();
            busy.finished(run);
            // SELECT inside a script does not change the caller's database (Redis 7).
            session.select(db);
        }
    }

    /**
     * The tenant's libraries as of the version committed in MySQL, loaded in this thread's Lua
     * state: one primary-key read of the version, and the libraries' rows only when this thread
     * has not loaded that version yet (another instance or thread changed them).
     */
    public TenantLibraries libraries(DSLContext dsl, String tenant) {
        long version = FunctionRepository.version(dsl, tenant);
        LuaSandbox box = sandboxes.get();
        TenantLibraries cached = box.tenantLibraries.get(tenant);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        TenantLibraries loaded = loadAll(dsl, tenant, version);
        if (box.tenantLibraries.size() >= MAX_TENANTS_PER_THREAD) {
            box.tenantLibraries.clear();
        }
        box.tenantLibraries.put(tenant, loaded);
        return loaded;
    }

    /**
     * Starts a change to the tenant's libraries: bumps (and so locks) the tenant's version, then
     * answers the libraries as they were before the change. Not cached: the change may roll back.
     */
    public TenantLibraries librariesForChange(DSLContext dsl, String tenant) {
        FunctionRepository.bumpVersion(dsl, tenant);
        long previous = FunctionRepository.version(dsl, tenant) - 1;
        TenantLibraries cached = sandboxes.get().tenantLibraries.get(tenant);
        if (cached != null && cached.version() == previous) {
            return cached;
        }
        return loadAll(dsl, tenant, previous);
    }

    private TenantLibraries loadAll(DSLContext dsl, String tenant, long version) {
        List<FunctionLibrary> libs = new ArrayList<>();
        for (FunctionRepository.StoredLibrary stored : FunctionRepository.all(dsl, tenant)) {
            try {
                libs.add(loadLibrary(stored.code()));
            } catch (RedisException e) {
                // Loaded once already: only a load timeout on a slow machine can fail it now.
                LOG.warn("function library {} of tenant {} does not load: {}", stored.name(), tenant, e.getMessage());
            }
        }
        return new TenantLibraries(version, libs);
    }

    /**
     * Compiles a library's code and runs it in this thread's Lua state so that it registers its
     * functions: Redis's "Error compiling function" / "Error registering functions" /
     * "No functions registered" errors.
     */
    public FunctionLibrary loadLibrary(byte[] payload) {
        LibraryMetadata md = LibraryMetadata.parse(payload);
        LuaSandbox box = sandboxes.get();
        String key = "function:" + sha1(payload);
        Prototype p = compiled.get(key);
        if (p == null) {
            try {
                p = box.compile(Shebang.asLua(payload), "@user_function");
            } catch (LuaError | IOException e) {
                throw new RedisException("ERR Error compiling function: " + luaMessage(e.getMessage()));
            }
            if (compiled.size() >= MAX_CACHED) {
                compiled.clear();
            }
            compiled.put(key, p);
        }
        FunctionLoading load = new FunctionLoading(md.name());
        box.loading = load;
        box.hook.reset();
        try {
            new LuaClosure(p, box.functionEnv).call();
        } catch (LuaError e) {
            throw new RedisException(LuaReplies.oneLine("ERR Error registering functions: " + loadErrorText(e)));
        } catch (StackOverflowError e) {
            throw new RedisException("ERR Error registering functions: ERR stack overflow");
        } finally {
            box.loading = null;
            box.hook.reset();
        }
        if (load.functions.isEmpty()) {
            throw new RedisException("ERR No functions registered");
        }
        return new FunctionLibrary(md.name(), payload, load.functions);
    }

    /** luaExtractErrorInformation at load: a table error's err field, or "ERR " and the message with its position. */
    private static String loadErrorText(LuaError e) {
        LuaValue obj = e.getMessageObject();
        if (obj != null && obj.istable()) {
            LuaValue text = obj.rawget("err");
            if (text.type() == LuaValue.TSTRING) {
                return LuaReplies.latin1(text);
            }
        }
        return "ERR " + luaMessage(e.getMessage());
    }

    /** luaj's "@chunk:line message" as Lua 5.1 writes it: "chunk:line: message". */
    private static String luaMessage(String message) {
        String full = InstructionHook.withoutTraceback(message == null ? "" : message);
        Matcher m = FILELINE.matcher(full);
        return m.matches() ? m.group(1) + ":" + m.group(2) + ": " + m.group(3) : full;
    }

    /** Redis's final message: "<err> script: <sha or function>, on @user_script:<line>." */
    private static String errorText(LuaError e, String sha1) {
        String full = InstructionHook.withoutTraceback(e.getMessage() == null ? "" : e.getMessage());
        Matcher m = FILELINE.matcher(full);
        String line = m.matches() ? m.group(2) : null;
        LuaValue obj = e.getMessageObject();
        String err;
        if (obj != null && obj.istable()) {
            LuaValue text = obj.rawget("err");
            err = text.type() == LuaValue.TSTRING ? LuaReplies.latin1(text) : "ERR " + obj.tojstring();
        } else {
            if (e.getCause() != null) {
                LOG.error("script {} failed", sha1, e.getCause());
            }
            String bare = ReadOnlyTableError.unpositionedMessage(e);
            err = "ERR " + (bare != null ? bare : m.matches() ? m.group(1) + ":" + line + ": " + m.group(3) : full);
        }
        return line == null ? err : err + " script: " + sha1 + ", on @" + m.group(1) + ":" + line + ".";
    }

    private static LuaTable table(byte[][] values) {
        LuaTable t = new LuaTable(values.length, 0);
        for (int i = 0; i < values.length; i++) {
            t.rawset(i + 1, LuaValue.valueOf(values[i]));
        }
        return t;
    }

    /** A script body's SHA1 as Redis names it. */
    public static String sha1(byte[] body) {
        return Sha1.hex(body);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
