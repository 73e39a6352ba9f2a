package org.redisonmysql.server.commands.client;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.net.ClientConnection;

import java.util.ArrayList;
import java.util.List;

/**
 * CLIENT KILL ip:port (old form: +OK or {@code No such client}) and CLIENT KILL filter value ...
 * (ID, ADDR, LADDR, USER, SKIPME, TYPE: the number killed). Only the caller's tenant's connections
 * are visible. The caller itself is closed after its reply, as in Redis.
 */
public final class ClientKillCommand implements CommandHandler {
    private final ServerState state;

    @Inject
    public ClientKillCommand(ServerState state) {
        this.state = state;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientConnection self = (ClientConnection) ctx.session();
        if (args.size() == 3) {
            String addr = args.text(2);
            for (ClientConnection c : visible(self)) {
                if (addr.equals(ClientFilter.remote(c))) {
                    kill(self, c);
                    return Replies.OK;
                }
            }
            throw new RedisException("ERR No such client");
        }
        Long id = null;
        String addr = null;
        String laddr = null;
        String user = null;
        String type = null;
        boolean skipMe = true;
        for (int i = 2; i < args.size(); i += 2) {
            boolean more = args.size() > i + 1;
            if (!more) {
                throw Errors.syntax();
            }
            if (args.is(i, "id")) {
                Long v = RedisNumbers.parseLongOrNull(args.get(i + 1));
                if (v == null || v <= 0) {
                    throw new RedisException("ERR client-id should be greater than 0");
                }
                id = v;
            } else if (args.is(i, "type")) {
                type = ClientFilter.type(args.text(i + 1));
            } else if (args.is(i, "addr")) {
                addr = args.text(i + 1);
            } else if (args.is(i, "laddr")) {
                laddr = args.text(i + 1);
            } else if (args.is(i, "user")) {
                user = args.text(i + 1);
            } else if (args.is(i, "skipme")) {
                if (args.is(i + 1, "yes")) {
                    skipMe = true;
                } else if (args.is(i + 1, "no")) {
                    skipMe = false;
                } else {
                    throw Errors.syntax();
                }
            } else {
                throw Errors.syntax();
            }
        }
        int killed = 0;
        for (ClientConnection c : visible(self)) {
            if ((id != null && c.id() != id) || (addr != null && !addr.equals(ClientFilter.remote(c)))
                    || (laddr != null && !laddr.equals(ClientFilter.local(c)))
                    || (user != null && !user.equals(c.user())) || (type != null && !type.equals("normal"))
                    || (skipMe && c == self)) {
                continue;
            }
            kill(self, c);
            killed++;
        }
        return Replies.integer(killed);
    }

    private List<ClientConnection> visible(ClientConnection self) {
        List<ClientConnection> out = new ArrayList<>();
        for (ClientConnection c : state.connections().all()) {
            if (self.tenant().equals(c.tenant())) {
                out.add(c);
            }
        }
        return out;
    }

    private static void kill(ClientConnection self, ClientConnection c) {
        if (c == self) {
            self.closeAfterReply();
        } else {
            c.kill();
        }
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
