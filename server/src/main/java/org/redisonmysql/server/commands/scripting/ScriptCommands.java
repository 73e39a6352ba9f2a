package org.redisonmysql.server.commands.scripting;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.scripting.ScriptEngine;
import org.redisonmysql.server.scripting.ScriptRepository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** SCRIPT LOAD | EXISTS | FLUSH | KILL over the tenant's scripts in MySQL. */
public final class ScriptCommands {
    private ScriptCommands() {
    }

    /** SCRIPT LOAD script: compiles (a syntax error is not stored), stores, answers the SHA1. */
    public static final class Load implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public Load(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            byte[] body = args.get(2);
            String sha = ScriptEngine.sha1(body);
            engine.compile(sha, body);
            ScriptRepository.store(ctx.dsl(), ctx.session().tenant(), sha, body, ctx.now());
            return Replies.bulk(sha);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** SCRIPT EXISTS sha1 [sha1 ...]: SHA1s compare case-insensitively, as in Redis. */
    public static final class Exists implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<String> shas = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                shas.add(new String(args.get(i), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
            }
            Set<String> found = ScriptRepository.existing(ctx.dsl(), ctx.session().tenant(), shas);
            List<Reply> replies = new ArrayList<>(shas.size());
            for (String sha : shas) {
                replies.add(found.contains(sha) ? Replies.ONE : Replies.ZERO);
            }
            return Replies.array(replies);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** SCRIPT FLUSH [ASYNC|SYNC]: both are one DELETE of the tenant's scripts. */
    public static final class Flush implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 3 || (args.size() == 3 && !args.is(2, "sync") && !args.is(2, "async"))) {
                throw new RedisException("ERR SCRIPT FLUSH only support SYNC|ASYNC option");
            }
            ScriptRepository.flush(ctx.dsl(), ctx.session().tenant());
            return Replies.OK;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** SCRIPT KILL: stops the tenant's busy script on this instance, as Redis's scriptKill. */
    public static final class Kill implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public Kill(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String error = engine.busyScripts().kill(ctx.session().tenant(), true);
            if (error != null) {
                throw new RedisException(error);
            }
            return Replies.OK;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }
}
