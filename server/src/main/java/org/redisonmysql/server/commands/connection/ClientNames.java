package org.redisonmysql.server.commands.connection;

import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;

/** Redis's rule for connection names: printable ASCII without spaces ('!' to '~'). */
public final class ClientNames {
    private ClientNames() {
    }

    public static String validate(byte[] name) {
        for (byte b : name) {
            if (b < '!' || b > '~') {
                throw new RedisException("ERR Client names cannot contain spaces, newlines or special characters.");
            }
        }
        return new String(name, StandardCharsets.US_ASCII);
    }
}
