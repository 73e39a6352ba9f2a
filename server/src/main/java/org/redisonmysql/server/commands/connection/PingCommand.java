package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** PING [message]. */
public final class PingCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() > 2) {
            throw Errors.wrongArity("ping");
        }
        return args.size() == 1 ? Replies.PONG : Replies.bulk(args.get(1));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
