package org.redisonmysql.server.commands.connection;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RedisCommandCatalogue;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.resp.RespWriter;
import org.redisonmysql.core.util.RedisNumbers;
import org.redisonmysql.server.auth.Authenticator;
import org.redisonmysql.server.net.ClientConnection;

import java.util.List;

/** HELLO [protover [AUTH username password] [SETNAME clientname]], checked in Redis's order. */
public final class HelloCommand implements CommandHandler {
    static final String NOT_AUTHENTICATED = "NOAUTH HELLO must be called with the client already authenticated, "
            + "otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select "
            + "the RESP protocol version at the same time";

    private final Authenticator authenticator;

    @Inject
    public HelloCommand(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientConnection session = (ClientConnection) ctx.session();
        int protocol = session.protocol();
        int next = 1;
        if (args.size() >= 2) {
            Long ver = RedisNumbers.parseLongOrNull(args.get(1));
            if (ver == null) {
                throw new RedisException("ERR Protocol version is not an integer or out of range");
            }
            if (ver < 2 || ver > 3) {
                throw new RedisException("NOPROTO unsupported protocol version");
            }
            protocol = ver.intValue();
            next = 2;
        }
        String user = null;
        String password = null;
        String name = null;
        for (int i = next; i < args.size(); i++) {
            int more = args.size() - i - 1;
            if (args.is(i, "AUTH") && more >= 2) {
                user = args.text(i + 1);
                password = args.text(i + 2);
                i += 2;
            } else if (args.is(i, "SETNAME") && more >= 1) {
                name = ClientNames.validate(args.get(i + 1));
                i += 1;
            } else {
                throw new RedisException("ERR Syntax error in HELLO option '" + RespWriter.latin1(args.get(i)) + "'");
            }
        }
        if (user != null) {
            authenticator.authenticate(session, user, password);
        }
        if (!session.authenticated()) {
            throw new RedisException(NOT_AUTHENTICATED);
        }
        if (name != null) {
            session.setName(name);
        }
        session.setProtocol(protocol);
        return Replies.map(List.of(
                Replies.bulk("server"), Replies.bulk("redis"),
                Replies.bulk("version"), Replies.bulk(RedisCommandCatalogue.get().redisVersion()),
                Replies.bulk("proto"), Replies.integer(protocol),
                Replies.bulk("id"), Replies.integer(session.id()),
                Replies.bulk("mode"), Replies.bulk("standalone"),
                Replies.bulk("role"), Replies.bulk("master"),
                Replies.bulk("modules"), Replies.EMPTY_ARRAY));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.NONE;
    }
}
