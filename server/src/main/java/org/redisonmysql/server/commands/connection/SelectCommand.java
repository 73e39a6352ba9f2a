package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** SELECT index: one of the configured logical databases (16 by default). */
public final class SelectCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long index = args.longAt(1);
        if (index < Integer.MIN_VALUE || index > Integer.MAX_VALUE) {
            throw Errors.notInteger();
        }
        if (index < 0 || index >= ctx.session().databases()) {
            throw new RedisException(Errors.DB_INDEX_OUT_OF_RANGE);
        }
        ctx.session().select((int) index);
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
