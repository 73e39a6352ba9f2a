package org.redisonmysql.server.commands.introspection;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.GlobPattern;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.config.ConfigKey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CONFIG GET/SET/RESETSTAT/HELP over {@link ConfigParams}; values set live in {@link ServerState#redisConfig()}. */
public final class ConfigCommands {
    private ConfigCommands() {
    }

    /** The current value of a parameter on this instance. */
    static String value(ServerState state, ConfigParams.Param p) {
        String set = state.redisConfig().get(p.name());
        if (set != null) {
            return set;
        }
        return switch (p.name()) {
            case "databases" -> Integer.toString(state.config().getInt(ConfigKey.DATABASES));
            case "port" -> Integer.toString(state.port());
            case "dir" -> Path.of("").toAbsolutePath().toString();
            default -> p.defaultValue();
        };
    }

    /** Names matching any of the glob patterns (case-insensitive), each once, in table order. */
    public static List<String> matching(List<String> patterns) {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            byte[] pat = pattern.getBytes(StandardCharsets.UTF_8);
            for (String name : ConfigParams.all().keySet()) {
                if (GlobPattern.matches(pat, name.getBytes(StandardCharsets.UTF_8), true)) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Base with the shared state; none of these touch the database. */
    abstract static class Base implements CommandHandler {
        final ServerState state;

        Base(ServerState state) {
            this.state = state;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }

    /** CONFIG GET pattern [pattern ...]: a map name -> value. */
    public static final class Get extends Base {
        @Inject
        public Get(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<String> patterns = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                patterns.add(args.text(i));
            }
            List<Reply> kv = new ArrayList<>();
            for (String name : matching(patterns)) {
                kv.add(Replies.bulk(name));
                kv.add(Replies.bulk(value(state, ConfigParams.get(name))));
            }
            return Replies.map(kv);
        }
    }

    /** CONFIG SET param value [param value ...]: all checked first, then all applied. */
    public static final class SetParams extends Base {
        @Inject
        public SetParams(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() % 2 != 0) {
                throw Errors.wrongArity("config|set");
            }
            Map<String, String> updates = new LinkedHashMap<>();
            for (int i = 2; i < args.size(); i += 2) {
                ConfigParams.Param p = ConfigParams.get(args.text(i));
                if (p == null) {
                    throw new RedisException("ERR Unknown option or number of arguments for CONFIG SET - '"
                            + args.text(i) + "'");
                }
                if (updates.containsKey(p.name())) {
                    throw ConfigParams.failed(p, "duplicate parameter");
                }
                updates.put(p.name(), null);
            }
            int i = 3;
            for (String name : updates.keySet()) {
                updates.put(name, ConfigParams.normalise(ConfigParams.get(name), args.text(i)));
                i += 2;
            }
            // lua-time-limit is Redis 7's old name of busy-reply-threshold: one value, two names.
            String threshold = updates.containsKey("busy-reply-threshold") ? updates.get("busy-reply-threshold")
                    : updates.get("lua-time-limit");
            if (threshold != null) {
                updates.put("busy-reply-threshold", threshold);
                updates.put("lua-time-limit", threshold);
            }
            state.redisConfig().putAll(updates);
            return Replies.OK;
        }
    }

    /** CONFIG RESETSTAT: clears the command statistics. */
    public static final class ResetStat extends Base {
        @Inject
        public ResetStat(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            state.stats().reset();
            return Replies.OK;
        }
    }

    /** CONFIG HELP, Redis 7.0's text. */
    public static final class Help implements CommandHandler {
        private static final Reply HELP = HelpReply.of(
                "CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
                "GET <pattern>",
                "    Return parameters matching the glob-like <pattern> and their values.",
                "SET <directive> <value>",
                "    Set the configuration <directive> to <value>.",
                "RESETSTAT",
                "    Reset statistics reported by the INFO command.",
                "REWRITE",
                "    Rewrite the configuration file.",
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
