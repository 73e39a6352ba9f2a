package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** PING [message] (in RESP2 subscribed mode: ["pong", message]). */
public final class PingCommand implements CommandHandler {
    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() > 2) {
            throw Errors.wrongArity("ping");
        }
        if (ctx.session().subscriptionCount() > 0 && ctx.session().protocol() == 2) {
            // Subscribed mode in RESP2 answers like a message: ["pong", message-or-empty].
            return Replies.array(java.util.List.of(Replies.bulk("pong"), Replies.bulk(args.size() == 1 ? new byte[0] : args.get(1))));
        }
        return args.size() == 1 ? Replies.PONG : Replies.bulk(args.get(1));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
