package org.redisonmysql.server.commands.client;

import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.server.net.ClientConnection;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Locale;

/** Shared helpers of CLIENT LIST and KILL: client types and addresses as Redis prints them. */
final class ClientFilter {
    private ClientFilter() {
    }

    /** Checks a TYPE argument; every connection here is of type normal. */
    static String type(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "normal", "master", "pubsub" -> t;
            case "replica", "slave" -> "replica";
            default -> throw new RedisException("ERR Unknown client type '" + text + "'");
        };
    }

    static String addr(SocketAddress a) {
        if (a instanceof InetSocketAddress in) {
            return in.getAddress().getHostAddress() + ":" + in.getPort();
        }
        return "?";
    }

    static String remote(ClientConnection c) {
        return addr(c.channel().remoteAddress());
    }

    static String local(ClientConnection c) {
        return addr(c.channel().localAddress());
    }
}
