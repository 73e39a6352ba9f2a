package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** ECHO message. */
public final class EchoCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.bulk(args.get(1));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
