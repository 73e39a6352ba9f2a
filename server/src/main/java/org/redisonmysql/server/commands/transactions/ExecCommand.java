package org.redisonmysql.server.commands.transactions;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.dispatch.MultiState;
import org.redisonmysql.server.net.ClientConnection;

/** EXEC: the queued commands as one MySQL transaction (see Dispatcher#exec). */
public final class ExecCommand implements CommandHandler {
    private final ServerState state;

    @Inject
    public ExecCommand(ServerState state) {
        this.state = state;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientConnection session = (ClientConnection) ctx.session();
        MultiState multi = session.multi();
        if (multi == null) {
            throw new RedisException("ERR EXEC without MULTI");
        }
        try {
            if (multi.dirty()) {
                throw new RedisException("EXECABORT Transaction discarded because of previous errors.");
            }
            return state.dispatcher().exec(session, multi);
        } finally {
            session.endMulti();
        }
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
