package org.redisonmysql.server.commands.client;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.net.ClientConnection;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/** CLIENT LIST [TYPE t] [ID id ...]: the caller's tenant's connections only, one line each. */
public final class ClientListCommand implements CommandHandler {
    private final ServerState state;

    @Inject
    public ClientListCommand(ServerState state) {
        this.state = state;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        String type = null;
        Set<Long> ids = null;
        if (args.size() == 4 && args.is(2, "type")) {
            type = ClientFilter.type(args.text(3));
        } else if (args.size() > 3 && args.is(2, "id")) {
            ids = new HashSet<>();
            for (int i = 3; i < args.size(); i++) {
                Long id = RedisNumbers.parseLongOrNull(args.get(i));
                if (id == null) {
                    throw new RedisException("ERR Invalid client ID");
                }
                ids.add(id);
            }
        } else if (args.size() != 2) {
            throw Errors.syntax();
        }
        StringBuilder out = new StringBuilder();
        String tenant = ctx.session().tenant();
        for (ClientConnection c : state.connections().all().stream()
                .sorted(Comparator.comparingLong(ClientConnection::id)).toList()) {
            if (!tenant.equals(c.tenant()) || (type != null && !type.equals("normal"))
                    || (ids != null && !ids.contains(c.id()))) {
                continue;
            }
            out.append(c.describe()).append('\n');
        }
        String text = out.toString();
        return w -> w.verbatim(text);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
