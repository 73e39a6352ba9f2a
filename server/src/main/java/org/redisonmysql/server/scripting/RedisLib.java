package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.dispatch.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The {@code redis} table scripts see, with Redis 7.0's functions, constants and error texts. */
final class RedisLib {
    private static final Logger LOG = LoggerFactory.getLogger("lua-script");

    private final Supplier<Dispatcher> dispatcher;

    RedisLib(Supplier<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Raises an error Redis raises as a table (no "user_script:N:" prefix in the final message). */
    static LuaError tableError(String message) {
        return new LuaError(LuaReplies.table("err", LuaValue.valueOf("ERR " + message)));
    }

    void install(LuaSandbox box) {
        LuaTable r = box.redis;
        r.rawset("call", fn(args -> call(box, args, true)));
        r.rawset("pcall", fn(args -> call(box, args, false)));
        r.rawset("error_reply", fn(args -> {
            if (args.narg() != 1 || args.arg1().type() != LuaValue.TSTRING) {
                return LuaReplies.table("err", LuaValue.valueOf("ERR wrong number or type of arguments"));
            }
            String err = LuaReplies.latin1(args.arg1());
            return errorTable(err.startsWith("-") ? err : "-" + err);
        }));
        r.rawset("status_reply", fn(args -> {
            if (args.narg() != 1 || args.arg1().type() != LuaValue.TSTRING) {
                return LuaReplies.table("err", LuaValue.valueOf("ERR wrong number or type of arguments"));
            }
            return LuaReplies.table("ok", args.arg1());
        }));
        r.rawset("sha1hex", fn(args -> {
            if (args.narg() != 1) {
                throw tableError("wrong number of arguments");
            }
            return LuaValue.valueOf(Sha1.hex(LuaReplies.bytes(args.arg1().tostring())));
        }));
        r.rawset("log", fn(args -> {
            if (args.narg() < 2) {
                throw tableError("redis.log() requires two arguments or more.");
            }
            if (!args.arg1().isnumber()) {
                throw tableError("First argument must be a number");
            }
            int level = args.arg1().toint();
            if (level < 0 || level > 3) {
                throw tableError("Invalid debug level.");
            }
            StringBuilder msg = new StringBuilder();
            for (int i = 2; i <= args.narg(); i++) {
                msg.append(i > 2 ? " " : "").append(args.arg(i).tojstring());
            }
            if (level >= 3) {
                LOG.warn("{}", msg);
            } else {
                LOG.info("{}", msg);
            }
            return LuaValue.NIL;
        }));
        r.rawset("setresp", fn(args -> {
            if (args.narg() != 1) {
                throw tableError("redis.setresp() requires one argument.");
            }
            int resp = args.arg1().isnumber() ? args.arg1().toint() : 0;
            if (resp != 2 && resp != 3) {
                throw tableError("RESP version must be 2 or 3.");
            }
            box.current.resp = resp;
            return LuaValue.NIL;
        }));
        // Replication is MySQL's business: every effect is already in the database, so these are accepted.
        r.rawset("set_repl", fn(args -> LuaValue.NIL));
        r.rawset("replicate_commands", fn(args -> LuaValue.TRUE));
        r.rawset("breakpoint", fn(args -> LuaValue.FALSE));
        r.rawset("debug", fn(args -> LuaValue.NIL));
        r.rawset("LOG_DEBUG", LuaValue.valueOf(0));
        r.rawset("LOG_VERBOSE", LuaValue.valueOf(1));
        r.rawset("LOG_NOTICE", LuaValue.valueOf(2));
        r.rawset("LOG_WARNING", LuaValue.valueOf(3));
        r.rawset("REPL_NONE", LuaValue.valueOf(0));
        r.rawset("REPL_AOF", LuaValue.valueOf(1));
        r.rawset("REPL_SLAVE", LuaValue.valueOf(2));
        r.rawset("REPL_REPLICA", LuaValue.valueOf(2));
        r.rawset("REPL_ALL", LuaValue.valueOf(3));
        r.rawset("REDIS_VERSION", LuaValue.valueOf("7.0.15"));
        r.rawset("REDIS_VERSION_NUM", LuaValue.valueOf(0x07000f));
    }

    /** luaPushErrorBuff: "-CODE msg" keeps its code, anything else gets "ERR". */
    static LuaTable errorTable(String error) {
        String code = "ERR";
        String msg = error;
        if (error.startsWith("-")) {
            int space = error.indexOf(' ');
            if (space < 0) {
                msg = error.substring(1);
            } else {
                code = error.substring(1, space);
                msg = error.substring(space + 1);
            }
        }
        msg = msg.replaceAll("[\r\n]+$", "").replaceAll("^[\r\n]+", "");
        return LuaReplies.table("err", LuaValue.valueOf((code + " " + msg).getBytes(StandardCharsets.ISO_8859_1)));
    }

    private LuaValue call(LuaSandbox box, Varargs args, boolean raise) {
        ScriptRun run = box.current;
        int n = args.narg();
        if (n == 0) {
            throw tableError("Please specify at least one argument for this redis lib call");
        }
        byte[][] argv = new byte[n][];
        for (int i = 1; i <= n; i++) {
            LuaValue a = args.arg(i);
            if (a.type() == LuaValue.TSTRING) {
                argv[i - 1] = LuaReplies.bytes(a);
            } else if (a.type() == LuaValue.TNUMBER) {
                String s = a.isinttype() ? Long.toString(a.tolong()) : LuaNumbers.format17g(a.todouble());
                argv[i - 1] = s.getBytes(StandardCharsets.US_ASCII);
            } else {
                throw tableError("Lua redis lib command arguments must be strings or integers");
            }
        }
        if (run.fatal != null) {
            throw new LuaError(run.fatal);
        }
        LuaValue result;
        try {
            Reply reply = dispatcher.get().callFromScript(run.session, run.uow, argv, run.readOnly, () -> run.wrote = true);
            result = LuaReplies.toLua(reply, run.resp);
        } catch (RedisException e) {
            result = errorTable("-" + e.getMessage());
        } catch (RuntimeException e) {
            run.fatal = e;
            throw new LuaError(e);
        }
        if (raise && result.istable() && result.rawget("err").type() == LuaValue.TSTRING) {
            throw new LuaError(result);
        }
        return result;
    }

    private interface Body {
        LuaValue apply(Varargs args);
    }

    private static VarArgFunction fn(Body body) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return body.apply(args);
            }
        };
    }
}
