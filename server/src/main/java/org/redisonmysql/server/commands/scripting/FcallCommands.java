package org.redisonmysql.server.commands.scripting;

import com.google.inject.Inject;
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
import org.redisonmysql.server.scripting.FunctionDef;
import org.redisonmysql.server.scripting.ScriptEngine;
import org.redisonmysql.server.scripting.ScriptRepository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * FCALL and FCALL_RO: the function runs as one MySQL transaction, as EVAL does. The tenant's
 * libraries are found through {@link ScriptEngine#libraries}: one primary-key read of the tenant's
 * library version per call, the library rows only when another change was committed since.
 */
public final class FcallCommands {
    private FcallCommands() {
    }

    abstract static class Base implements CommandHandler {
        private final ServerState state;
        private final ScriptEngine engine;

        Base(ServerState state, ScriptEngine engine) {
            this.state = state;
            this.engine = engine;
        }

        abstract boolean readOnly();

        abstract String name();

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            ClientConnection session = (ClientConnection) ctx.session();
            String function = new String(args.get(1), StandardCharsets.ISO_8859_1);
            byte[][] all = args.raw();
            Function<UnitOfWork, Reply> run = uow -> {
                FunctionDef f = engine.libraries(uow.dsl(), session.tenant()).function(function);
                if (f == null) {
                    throw new RedisException("ERR Function not found");
                }
                long numkeys;
                try {
                    numkeys = args.longAt(2);
                } catch (RedisException e) {
                    throw new RedisException("ERR Bad number of keys provided");
                }
                if (numkeys > all.length - 3) {
                    throw new RedisException("ERR Number of keys can't be greater than number of args");
                }
                if (numkeys < 0) {
                    throw new RedisException("ERR Number of keys can't be negative");
                }
                if (readOnly() && !f.noWrites()) {
                    throw new RedisException("ERR Can not execute a script with write flag using *_ro command.");
                }
                byte[][] keys = Arrays.copyOfRange(all, 3, 3 + (int) numkeys);
                byte[][] argv = Arrays.copyOfRange(all, 3 + (int) numkeys, all.length);
                if (keys.length > 0) {
                    List<byte[]> hashes = new ArrayList<>(keys.length);
                    for (byte[] key : keys) {
                        hashes.add(KeyHash.of(key));
                    }
                    ScriptRepository.lockKeys(uow.dsl(), session.tenant(), session.db(), hashes);
                }
                return engine.call(session, uow, f, keys, argv, readOnly() || f.noWrites(), all);
            };
            if (ctx.inTransactionBlock()) {
                return run.apply(Dispatcher.unitOfWorkOf(ctx));
            }
            return state.dispatcher().runScript(session, name(), run);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }

    public static final class Fcall extends Base {
        @Inject
        public Fcall(ServerState state, ScriptEngine engine) {
            super(state, engine);
        }

        boolean readOnly() {
            return false;
        }

        String name() {
            return "fcall";
        }
    }

    public static final class FcallRo extends Base {
        @Inject
        public FcallRo(ServerState state, ScriptEngine engine) {
            super(state, engine);
        }

        boolean readOnly() {
            return true;
        }

        String name() {
            return "fcall_ro";
        }
    }
}
