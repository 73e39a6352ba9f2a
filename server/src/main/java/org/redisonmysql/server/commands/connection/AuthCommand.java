package org.redisonmysql.server.commands.connection;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.auth.Authenticator;
import org.redisonmysql.server.net.ClientConnection;

/** AUTH password | AUTH user password | AUTH user:password (the original proxy's form). */
public final class AuthCommand implements CommandHandler {
    private final Authenticator authenticator;

    @Inject
    public AuthCommand(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientConnection session = (ClientConnection) ctx.session();
        if (args.size() > 3) {
            throw Errors.syntax();
        }
        if (args.size() == 2) {
            authenticator.authenticateSingle(session, args.text(1));
        } else {
            authenticator.authenticate(session, args.text(1), args.text(2));
        }
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
