package org.redisonmysql.server.commands.transactions;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.dispatch.WatchRepository;
import org.redisonmysql.server.dispatch.WatchedKeys;
import org.redisonmysql.server.net.ClientConnection;

/** WATCH key [key ...]: remembers each key's row identity for EXEC to compare. */
public final class WatchCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientConnection session = (ClientConnection) ctx.session();
        if (session.multi() != null) {
            throw new RedisException("ERR WATCH inside MULTI is not allowed");
        }
        for (int i = 1; i < args.size(); i++) {
            byte[] key = args.get(i);
            if (!session.watched().isWatching(ctx.session().db(), key)) {
                WatchedKeys.Snapshot snapshot = WatchRepository.snapshot(ctx.scope(), key);
                session.watched().watch(ctx.session().db(), key, snapshot);
            }
        }
        return Replies.OK;
    }

    /** A transaction: a missing key gets its marker row (see WatchRepository) atomically. */
    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
