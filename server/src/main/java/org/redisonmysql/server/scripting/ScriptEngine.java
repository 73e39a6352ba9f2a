package org.redisonmysql.server.scripting;

import com.google.inject.Inject;
import com.google.inject.Singleton;
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
    private static final Pattern FILELINE = Pattern.compile("^@(user_script):(\\d+) (.*)$", Pattern.DOTALL);
    private static final int MAX_CACHED = 10_000;

    private final Map<String, Prototype> compiled = new ConcurrentHashMap<>();
    private final ThreadLocal<LuaSandbox> sandboxes;

    @Inject
    public ScriptEngine(ServerState state) {
        RedisLib lib = new RedisLib(state::dispatcher);
        this.sandboxes = ThreadLocal.withInitial(() -> new LuaSandbox(lib));
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
            byte[][] argv, boolean readOnly) {
        LuaSandbox box = sandboxes.get();
        ScriptRun run = new ScriptRun(session, uow, readOnly);
        int db = session.db();
        box.current = run;
        try {
            LuaValue result = box.bind(script, table(keys), table(argv)).call();
            if (run.fatal != null) {
                throw run.fatal;
            }
            return LuaReplies.toReply(result, run.resp);
        } catch (LuaError e) {
            if (run.fatal != null) {
                throw run.fatal;
            }
            return Replies.error(LuaReplies.oneLine(errorText(e, sha1)));
        } catch (StackOverflowError e) {
            return Replies.error("ERR Error running script " + sha1 + ", stack overflow");
        } finally {
            box.current = null;
            // SELECT inside a script does not change the caller's database (Redis 7).
            session.select(db);
        }
    }

    /** Redis's final message: "<err> script: <sha>, on @user_script:<line>." */
    private static String errorText(LuaError e, String sha1) {
        String full = e.getMessage() == null ? "" : e.getMessage();
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
            err = "ERR " + (m.matches() ? m.group(1) + ":" + line + ": " + m.group(3) : full);
        }
        return line == null ? err : err + " script: " + sha1 + ", on @user_script:" + line + ".";
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
