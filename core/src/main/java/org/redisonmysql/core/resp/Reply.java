package org.redisonmysql.core.resp;

/**
 * One reply to a client. Replies are values: a handler builds one and the connection encodes it
 * in the protocol version the client chose (RESP2 by default, RESP3 after {@code HELLO 3}).
 */
public interface Reply {
    void writeTo(RespWriter out);
}
