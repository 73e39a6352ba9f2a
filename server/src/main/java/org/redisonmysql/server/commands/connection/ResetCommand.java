package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.session.SubscriptionReset;
import org.redisonmysql.server.net.ClientConnection;

/** RESET: database 0, RESP2, no name, and (as Redis with a password) not authenticated. */
public final class ResetCommand implements CommandHandler {
    private static final Reply RESET = Replies.simple("RESET");

    /** Set when the Pub/Sub family is loaded: RESET leaves every channel and pattern. */
    @com.google.inject.Inject(optional = true)
    private SubscriptionReset subscriptions;

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (subscriptions != null && ctx.session().subscriptionCount() > 0) {
            subscriptions.unsubscribeAll(ctx.session(), ctx.dsl());
        }
        ((ClientConnection) ctx.session()).reset();
        return RESET;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
