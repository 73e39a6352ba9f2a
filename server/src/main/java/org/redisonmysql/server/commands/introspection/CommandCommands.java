package org.redisonmysql.server.commands.introspection;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.GlobPattern;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.dispatch.CommandTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMAND, COMMAND COUNT/LIST/INFO/DOCS: what this server registered (not all of Redis), encoded by
 * {@link SpecEncoder} exactly as Redis 7.0 encodes them.
 */
public final class CommandCommands {
    private CommandCommands() {
    }

    /** Base for the COMMAND handlers: no database, reads {@link ServerState#table()}. */
    abstract static class Base implements CommandHandler {
        final ServerState state;

        Base(ServerState state) {
            this.state = state;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }

        Reply infoOfAll() {
            List<Reply> items = new ArrayList<>();
            for (CommandTable.Entry e : state.table().all()) {
                items.add(SpecEncoder.info(e.spec()));
            }
            return Replies.array(items);
        }
    }

    /** COMMAND with no arguments: the INFO of every registered command. */
    public static final class All extends Base {
        @Inject
        public All(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return infoOfAll();
        }
    }

    /** COMMAND COUNT: top-level commands (subcommands not counted, as in Redis). */
    public static final class Count extends Base {
        @Inject
        public Count(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.integer(state.table().size());
        }
    }

    /** COMMAND INFO [name ...]: unknown names give a null entry. */
    public static final class Info extends Base {
        @Inject
        public Info(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() == 2) {
                return infoOfAll();
            }
            List<Reply> items = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                CommandTable.Entry e = CommandLookup.byName(state.table(), args.text(i));
                items.add(e == null ? Replies.NULL_BULK : SpecEncoder.info(e.spec()));
            }
            return Replies.array(items);
        }
    }

    /** COMMAND DOCS [name ...]: a map name -> docs; unknown names are left out. */
    public static final class Docs extends Base {
        @Inject
        public Docs(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Reply> kv = new ArrayList<>();
            if (args.size() == 2) {
                for (CommandTable.Entry e : state.table().all()) {
                    kv.add(Replies.bulk(e.spec().fullName()));
                    kv.add(SpecEncoder.docs(e.spec()));
                }
            } else {
                for (int i = 2; i < args.size(); i++) {
                    CommandTable.Entry e = CommandLookup.byName(state.table(), args.text(i));
                    if (e != null) {
                        kv.add(Replies.bulk(e.spec().fullName()));
                        kv.add(SpecEncoder.docs(e.spec()));
                    }
                }
            }
            return Replies.map(kv);
        }
    }

    /** COMMAND LIST [FILTERBY MODULE m | ACLCAT c | PATTERN p]: names incl. subcommands. */
    public static final class ListNames extends Base {
        @Inject
        public ListNames(ServerState state) {
            super(state);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String kind = null;
            String value = null;
            if (args.size() == 5 && args.is(2, "filterby")) {
                kind = args.keyword(3);
                value = args.text(4);
                if (!kind.equals("module") && !kind.equals("aclcat") && !kind.equals("pattern")) {
                    throw Errors.syntax();
                }
            } else if (args.size() != 2) {
                throw Errors.syntax();
            }
            List<Reply> names = new ArrayList<>();
            for (CommandTable.Entry e : CommandLookup.allWithSubcommands(state.table())) {
                if (kind == null || matches(e, kind, value)) {
                    names.add(Replies.bulk(e.spec().fullName()));
                }
            }
            return Replies.array(names);
        }

        private static boolean matches(CommandTable.Entry e, String kind, String value) {
            return switch (kind) {
                case "module" -> value.equalsIgnoreCase(e.module());
                case "aclcat" -> e.spec().aclCategories().stream().anyMatch(c -> c.equalsIgnoreCase("@" + value));
                default -> GlobPattern.matches(value.getBytes(StandardCharsets.UTF_8),
                        e.spec().fullName().getBytes(StandardCharsets.UTF_8), true);
            };
        }
    }
}
