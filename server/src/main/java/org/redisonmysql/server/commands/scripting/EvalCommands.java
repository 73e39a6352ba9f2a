package org.redisonmysql.server.commands.scripting;

import com.google.inject.Inject;
import org.luaj.vm2.Prototype;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.dispatch.Dispatcher;
import org.redisonmysql.server.dispatch.UnitOfWork;
import org.redisonmysql.server.net.ClientConnection;
import org.redisonmysql.server.scripting.ScriptEngine;
import org.redisonmysql.server.scripting.ScriptRepository;
import org.redisonmysql.server.scripting.Shebang;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * EVAL, EVALSHA, EVAL_RO, EVALSHA_RO. The script runs as one MySQL transaction (see
 * Dispatcher#runScript); EVAL also stores the script so that EVALSHA finds it on every instance.
 */
public final class EvalCommands {
    static final String NOSCRIPT = "NOSCRIPT No matching script. Please use EVAL.";

    private EvalCommands() {
    }

    abstract static class Base implements CommandHandler {
        private final ServerState state;
        private final ScriptEngine engine;

        Base(ServerState state, ScriptEngine engine) {
            this.state = state;
            this.engine = engine;
        }

        abstract boolean bySha();

        abstract boolean readOnly();

        abstract String name();

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            ClientConnection session = (ClientConnection) ctx.session();
            byte[] first = args.get(1);
            if (bySha() && first.length != 40) {
                throw new RedisException(NOSCRIPT);
            }
            long numkeys = args.longAt(2);
            if (numkeys > args.size() - 3) {
                throw new RedisException("ERR Number of keys can't be greater than number of args");
            }
            if (numkeys < 0) {
                throw new RedisException("ERR Number of keys can't be negative");
            }
            byte[][] all = args.raw();
            byte[][] keys = Arrays.copyOfRange(all, 3, 3 + (int) numkeys);
            byte[][] argv = Arrays.copyOfRange(all, 3 + (int) numkeys, all.length);
            String sha = bySha() ? new String(first, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                    : ScriptEngine.sha1(first);
            // Compile before touching the database: a script that does not compile is not stored.
            Prototype compiledBody = bySha() ? null : engine.compile(sha, first);
            java.util.function.Function<UnitOfWork, Reply> run = uow -> {
                byte[] body = first;
                Prototype script = compiledBody;
                if (bySha()) {
                    body = ScriptRepository.find(uow.dsl(), session.tenant(), sha);
                    if (body == null) {
                        throw new RedisException(NOSCRIPT);
                    }
                    script = engine.compile(sha, body);
                } else {
                    ScriptRepository.store(uow.dsl(), session.tenant(), sha, body, System.currentTimeMillis());
                }
                if (keys.length > 0) {
                    List<byte[]> hashes = new ArrayList<>(keys.length);
                    for (byte[] key : keys) {
                        hashes.add(KeyHash.of(key));
                    }
                    ScriptRepository.lockKeys(uow.dsl(), session.tenant(), session.db(), hashes);
                }
                boolean ro = readOnly() || Shebang.noWrites(body);
                return engine.run(session, uow, sha, script, keys, argv, ro, all);
            };
            if (ctx.inTransactionBlock()) {
                // Queued in MULTI: part of EXEC's transaction, committed (or re-run) with it.
                return run.apply(Dispatcher.unitOfWorkOf(ctx));
            }
            return state.dispatcher().runScript(session, name(), run);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }

    public static final class Eval extends Base {
        @Inject
        public Eval(ServerState state, ScriptEngine engine) {
            super(state, engine);
        }

        boolean bySha() {
            return false;
        }

        boolean readOnly() {
            return false;
        }

        String name() {
            return "eval";
        }
    }

    public static final class EvalSha extends Base {
        @Inject
        public EvalSha(ServerState state, ScriptEngine engine) {
            super(state, engine);
        }

        boolean bySha() {
            return true;
        }

        boolean readOnly() {
            return false;
        }

        String name() {
            return "evalsha";
        }
    }

    public static final class EvalRo extends Base {
        @Inject
        public EvalRo(ServerState state, ScriptEngine engine) {
            super(state, engine);
        }

        boolean bySha() {
            return false;
        }

        boolean readOnly() {
            return true;
        }

        String name() {
            return "eval_ro";
        }
    }

    public static final class EvalShaRo extends Base {
        @Inject
        public EvalShaRo(ServerState state, ScriptEngine engine) {
            super(state, engine);
        }

        boolean bySha() {
            return true;
        }

        boolean readOnly() {
            return true;
        }

        String name() {
            return "evalsha_ro";
        }
    }
}
