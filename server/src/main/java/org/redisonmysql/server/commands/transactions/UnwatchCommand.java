package org.redisonmysql.server.commands.transactions;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.net.ClientConnection;

/** UNWATCH: forgets every watched key. */
public final class UnwatchCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ((ClientConnection) ctx.session()).watched().clear();
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
