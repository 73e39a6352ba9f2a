package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.net.ClientConnection;

/** QUIT: +OK, then the connection closes. */
public final class QuitCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ((ClientConnection) ctx.session()).closeAfterReply();
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
