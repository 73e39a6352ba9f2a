package org.redisonmysql.server.net;

/**
 * The decoder's verdict that the byte stream is not valid RESP. Sent down the pipeline in order
 * with the commands before it; the connection answers {@code -ERR Protocol error: ...} after their
 * replies and closes, as Redis does.
 */
public record ProtocolError(String message) {
    public String fullMessage() {
        return "ERR Protocol error: " + message;
    }
}
