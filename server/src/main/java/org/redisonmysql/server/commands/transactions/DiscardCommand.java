package org.redisonmysql.server.commands.transactions;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.net.ClientConnection;

/** DISCARD: drops the queued commands and unwatches all keys. */
public final class DiscardCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientConnection session = (ClientConnection) ctx.session();
        if (session.multi() == null) {
            throw new RedisException("ERR DISCARD without MULTI");
        }
        session.endMulti();
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
