package org.redisonmysql.server.commands.scripting;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.GlobPattern;
import org.redisonmysql.server.commands.introspection.HelpReply;
import org.redisonmysql.server.scripting.BusyScripts;
import org.redisonmysql.server.scripting.FunctionDef;
import org.redisonmysql.server.scripting.FunctionDump;
import org.redisonmysql.server.scripting.FunctionFlags;
import org.redisonmysql.server.scripting.FunctionLibrary;
import org.redisonmysql.server.scripting.FunctionRepository;
import org.redisonmysql.server.scripting.LibraryMetadata;
import org.redisonmysql.server.scripting.ScriptEngine;
import org.redisonmysql.server.scripting.TenantLibraries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * FUNCTION LOAD | DELETE | LIST | DUMP | RESTORE | FLUSH | STATS | KILL | HELP over the tenant's
 * libraries in MySQL. Every change bumps the tenant's library version first (a row lock that
 * serialises changes across instances), then checks against the libraries as they were.
 */
public final class FunctionCommands {
    private FunctionCommands() {
    }

    private static String tenant(CommandContext ctx) {
        return ctx.session().tenant();
    }

    /** FUNCTION LOAD [REPLACE] code. */
    public static final class Load implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public Load(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            boolean replace = false;
            int pos = 2;
            while (pos < args.size() - 1) {
                if (!args.is(pos, "replace")) {
                    throw new RedisException("ERR Unknown option given: " + args.text(pos));
                }
                replace = true;
                pos++;
            }
            byte[] code = args.get(pos);
            LibraryMetadata md = LibraryMetadata.parse(code);
            TenantLibraries current = engine.librariesForChange(ctx.dsl(), tenant(ctx));
            if (current.library(md.name()) != null && !replace) {
                throw new RedisException("ERR Library '" + md.name() + "' already exists");
            }
            FunctionLibrary lib = engine.loadLibrary(code);
            String collision = current.minus(md.name()).collision(lib);
            if (collision != null) {
                throw new RedisException("ERR Function " + collision + " already exists");
            }
            FunctionRepository.upsert(ctx.dsl(), tenant(ctx), md.name(), code, ctx.now());
            return Replies.bulk(md.name());
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.TRANSACTION;
        }
    }

    /** FUNCTION DELETE library-name. */
    public static final class Delete implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            FunctionRepository.bumpVersion(ctx.dsl(), tenant(ctx));
            String name = args.text(2);
            if (FunctionRepository.delete(ctx.dsl(), tenant(ctx), List.of(name)) == 0) {
                throw new RedisException("ERR Library not found");
            }
            return Replies.OK;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.TRANSACTION;
        }
    }

    /** FUNCTION LIST [LIBRARYNAME pattern] [WITHCODE]: the pattern matches without case, as in Redis. */
    public static final class ListLibraries implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public ListLibraries(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            boolean withCode = false;
            byte[] pattern = null;
            for (int i = 2; i < args.size(); i++) {
                if (!withCode && args.is(i, "withcode")) {
                    withCode = true;
                    continue;
                }
                if (pattern == null && args.is(i, "libraryname")) {
                    if (i >= args.size() - 1) {
                        throw new RedisException("ERR library name argument was not given");
                    }
                    pattern = args.get(++i);
                    continue;
                }
                throw new RedisException("ERR Unknown argument " + args.text(i));
            }
            TenantLibraries libs = engine.libraries(ctx.dsl(), tenant(ctx));
            List<Reply> out = new ArrayList<>();
            for (FunctionLibrary lib : libs.libraries().values()) {
                byte[] name = lib.name().getBytes(StandardCharsets.ISO_8859_1);
                if (pattern != null && !GlobPattern.matches(pattern, name, true)) {
                    continue;
                }
                List<Reply> functions = new ArrayList<>();
                for (FunctionDef f : lib.functions().values()) {
                    List<Reply> flags = new ArrayList<>();
                    for (String flag : FunctionFlags.names(f.flags())) {
                        flags.add(Replies.simple(flag));
                    }
                    functions.add(Replies.map(List.of(
                            Replies.bulk("name"), Replies.bulk(f.name().getBytes(StandardCharsets.ISO_8859_1)),
                            Replies.bulk("description"), f.description() == null ? Replies.NULL_BULK
                                    : Replies.bulk(f.description().getBytes(StandardCharsets.ISO_8859_1)),
                            Replies.bulk("flags"), Replies.set(flags))));
                }
                List<Reply> fields = new ArrayList<>(List.of(
                        Replies.bulk("library_name"), Replies.bulk(name),
                        Replies.bulk("engine"), Replies.bulk("LUA"),
                        Replies.bulk("functions"), Replies.array(functions)));
                if (withCode) {
                    fields.add(Replies.bulk("library_code"));
                    fields.add(Replies.bulk(lib.code()));
                }
                out.add(Replies.map(fields));
            }
            return Replies.array(out);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.TRANSACTION;
        }
    }

    /** FUNCTION DUMP: Redis's payload (see {@link FunctionDump}). */
    public static final class Dump implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<byte[]> codes = new ArrayList<>();
            for (FunctionRepository.StoredLibrary lib : FunctionRepository.all(ctx.dsl(), tenant(ctx))) {
                codes.add(lib.code());
            }
            return Replies.bulk(FunctionDump.encode(codes));
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** FUNCTION RESTORE payload [FLUSH|APPEND|REPLACE]: Redis's checks and errors, in its order. */
    public static final class Restore implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public Restore(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 4) {
                throw new RedisException("ERR unknown subcommand or wrong number of arguments for '" + args.text(1)
                        + "'. Try FUNCTION HELP.");
            }
            String policy = "append";
            if (args.size() == 4) {
                if (args.is(3, "append") || args.is(3, "replace") || args.is(3, "flush")) {
                    policy = args.keyword(3);
                } else {
                    throw new RedisException(
                            "ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.");
                }
            }
            List<byte[]> codes = FunctionDump.decode(args.get(2));
            // The payload's libraries first, among themselves (functionsCreateWithLibraryCtx on a new context).
            TenantLibraries restored = TenantLibraries.empty();
            List<FunctionLibrary> loaded = new ArrayList<>();
            for (byte[] code : codes) {
                LibraryMetadata md = LibraryMetadata.parse(code);
                if (restored.library(md.name()) != null) {
                    throw new RedisException("ERR Library '" + md.name() + "' already exists");
                }
                FunctionLibrary lib = engine.loadLibrary(code);
                String collision = restored.collision(lib);
                if (collision != null) {
                    throw new RedisException("ERR Function " + collision + " already exists");
                }
                restored = restored.plus(lib);
                loaded.add(lib);
            }
            String tenant = tenant(ctx);
            TenantLibraries current = engine.librariesForChange(ctx.dsl(), tenant);
            List<String> replaced = new ArrayList<>();
            if (policy.equals("flush")) {
                FunctionRepository.flush(ctx.dsl(), tenant);
            } else {
                TenantLibraries remaining = current;
                for (FunctionLibrary lib : loaded) {
                    if (current.library(lib.name()) != null) {
                        if (policy.equals("append")) {
                            throw new RedisException("ERR Library " + lib.name() + " already exists");
                        }
                        remaining = remaining.minus(lib.name());
                        replaced.add(lib.name());
                    }
                }
                for (FunctionLibrary lib : loaded) {
                    String collision = remaining.collision(lib);
                    if (collision != null) {
                        throw new RedisException("ERR Function " + collision + " already exists");
                    }
                }
                if (!replaced.isEmpty()) {
                    FunctionRepository.delete(ctx.dsl(), tenant, replaced);
                }
            }
            for (FunctionLibrary lib : loaded) {
                FunctionRepository.upsert(ctx.dsl(), tenant, lib.name(), lib.code(), ctx.now());
            }
            return Replies.OK;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.TRANSACTION;
        }
    }

    /** FUNCTION FLUSH [ASYNC|SYNC]: both delete the tenant's libraries at once. */
    public static final class Flush implements CommandHandler {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 3) {
                throw new RedisException("ERR unknown subcommand or wrong number of arguments for '" + args.text(1)
                        + "'. Try FUNCTION HELP.");
            }
            if (args.size() == 3 && !args.is(2, "sync") && !args.is(2, "async")) {
                throw new RedisException("ERR FUNCTION FLUSH only supports SYNC|ASYNC option");
            }
            FunctionRepository.bumpVersion(ctx.dsl(), tenant(ctx));
            FunctionRepository.flush(ctx.dsl(), tenant(ctx));
            return Replies.OK;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.TRANSACTION;
        }
    }

    /** FUNCTION STATS: the tenant's busy function on this instance (if any) and its library counts. */
    public static final class Stats implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public Stats(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            TenantLibraries libs = engine.libraries(ctx.dsl(), tenant(ctx));
            BusyScripts.RunningScript running = engine.busyScripts().running(tenant(ctx));
            Reply script = Replies.NULL_BULK;
            if (running != null) {
                List<Reply> command = new ArrayList<>();
                for (byte[] a : running.command()) {
                    command.add(Replies.bulk(a));
                }
                script = Replies.map(List.of(
                        Replies.bulk("name"), Replies.bulk(running.name()),
                        Replies.bulk("command"), Replies.array(command),
                        Replies.bulk("duration_ms"), Replies.integer(running.durationMs())));
            }
            return Replies.map(List.of(
                    Replies.bulk("running_script"), script,
                    Replies.bulk("engines"), Replies.map(List.of(
                            Replies.bulk("LUA"), Replies.map(List.of(
                                    Replies.bulk("libraries_count"), Replies.integer(libs.libraries().size()),
                                    Replies.bulk("functions_count"), Replies.integer(libs.functionCount())))))));
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** FUNCTION KILL: stops the tenant's busy function on this instance, as Redis's scriptKill. */
    public static final class Kill implements CommandHandler {
        private final ScriptEngine engine;

        @Inject
        public Kill(ScriptEngine engine) {
            this.engine = engine;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String error = engine.busyScripts().kill(tenant(ctx), false);
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

    /** FUNCTION HELP, Redis 7.0's text. */
    public static final class Help implements CommandHandler {
        private static final Reply HELP = HelpReply.of(
                "FUNCTION <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
                "LOAD [REPLACE] <FUNCTION CODE>",
                "    Create a new library with the given library name and code.",
                "DELETE <LIBRARY NAME>",
                "    Delete the given library.",
                "LIST [LIBRARYNAME PATTERN] [WITHCODE]",
                "    Return general information on all the libraries:",
                "    * Library name",
                "    * The engine used to run the Library",
                "    * Library description",
                "    * Functions list",
                "    * Library code (if WITHCODE is given)",
                "    It also possible to get only function that matches a pattern using LIBRARYNAME argument.",
                "STATS",
                "    Return information about the current function running:",
                "    * Function name",
                "    * Command used to run the function",
                "    * Duration in MS that the function is running",
                "    If no function is running, return nil",
                "    In addition, returns a list of available engines.",
                "KILL",
                "    Kill the current running function.",
                "FLUSH [ASYNC|SYNC]",
                "    Delete all the libraries.",
                "    When called without the optional mode argument, the behavior is determined by the",
                "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
                "    * ASYNC: Asynchronously flush the libraries.",
                "    * SYNC: Synchronously flush the libraries.",
                "DUMP",
                "    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
                "RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
                "    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
                "    control how to handle existing libraries (default APPEND):",
                "    * FLUSH: delete all existing libraries.",
                "    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.",
                "    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old",
                "      libraries with the new libraries (notice that even on this option there is a chance of failure",
                "      in case of functions name collision with another library).",
                "HELP",
                "    Prints this help.");

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return HELP;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }
}
