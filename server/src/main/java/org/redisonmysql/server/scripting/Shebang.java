package org.redisonmysql.server.scripting;

import java.nio.charset.StandardCharsets;

/**
 * Redis 7's script shebang ({@code #!lua flags=no-writes,...}) on the first line: it is not Lua,
 * so it is compiled as a comment (keeping line numbers), and its flags are read here.
 */
public final class Shebang {
    private Shebang() {
    }

    static byte[] asLua(byte[] body) {
        if (body.length < 2 || body[0] != '#' || body[1] != '!') {
            return body;
        }
        byte[] copy = body.clone();
        copy[0] = '-';
        copy[1] = '-';
        return copy;
    }

    /** True when the script declares {@code flags=no-writes} in its shebang. */
    public static boolean noWrites(byte[] body) {
        if (body.length < 2 || body[0] != '#' || body[1] != '!') {
            return false;
        }
        int end = 0;
        while (end < body.length && body[end] != '\n') {
            end++;
        }
        String line = new String(body, 0, end, StandardCharsets.ISO_8859_1);
        for (String part : line.split(" ")) {
            if (part.startsWith("flags=")) {
                for (String flag : part.substring(6).split(",")) {
                    if (flag.equals("no-writes")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
