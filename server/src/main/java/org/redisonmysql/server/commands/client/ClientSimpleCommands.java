package org.redisonmysql.server.commands.client;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.commands.connection.ClientNames;
import org.redisonmysql.server.net.ClientConnection;

/** The CLIENT subcommands that only read or set the caller's own connection state. */
public final class ClientSimpleCommands {
    private ClientSimpleCommands() {
    }

    /** Base: no database access. */
    abstract static class Base implements CommandHandler {
        @Override
        public Atomicity atomicity() {
            return Atomicity.NONE;
        }
    }

    /** CLIENT ID. */
    public static final class Id extends Base {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.integer(ctx.session().id());
        }
    }

    /** CLIENT GETNAME: null when no name is set. */
    public static final class GetName extends Base {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String name = ctx.session().name();
            return name == null || name.isEmpty() ? Replies.NULL_BULK : Replies.bulk(name);
        }
    }

    /** CLIENT SETNAME name: Redis's character rule; an empty name clears it. */
    public static final class SetName extends Base {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            ctx.session().setName(ClientNames.validate(args.get(2)));
            return Replies.OK;
        }
    }

    /** CLIENT INFO: the caller's CLIENT LIST line. */
    public static final class Info extends Base {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String line = ((ClientConnection) ctx.session()).describe() + "\n";
            return w -> w.verbatim(line);
        }
    }

    /** CLIENT NO-EVICT on|off and (7.2) NO-TOUCH on|off: accepted, nothing is evicted or touched here. */
    public static class OnOff extends Base {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (!args.is(2, "on") && !args.is(2, "off")) {
                throw Errors.syntax();
            }
            return Replies.OK;
        }
    }

    /** CLIENT NO-EVICT. */
    public static final class NoEvict extends OnOff {
    }

    /** CLIENT NO-TOUCH (Redis 7.2). */
    public static final class NoTouch extends OnOff {
    }

    /** CLIENT SETINFO LIB-NAME|LIB-VER value (Redis 7.2). */
    public static final class SetInfo extends Base {
        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            String attr = args.text(2);
            boolean libName = args.is(2, "lib-name");
            if (!libName && !args.is(2, "lib-ver")) {
                throw new RedisException("ERR Unrecognized option '" + attr + "'");
            }
            for (byte b : args.get(3)) {
                if (b < '!' || b > '~') {
                    throw new RedisException("ERR " + attr + " cannot contain spaces, newlines or special characters.");
                }
            }
            String value = args.text(3);
            ((ClientConnection) ctx.session()).setLibInfo(libName ? value : null, libName ? null : value);
            return Replies.OK;
        }
    }
}
