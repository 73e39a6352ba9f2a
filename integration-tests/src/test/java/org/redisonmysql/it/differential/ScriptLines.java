package org.redisonmysql.it.differential;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Script lines: splits a line like redis-cli does: spaces separate, "..." with \n \r \t \xHH escapes, '...'. */
public final class ScriptLines {
    private ScriptLines() {
    }

    public static byte[][] split(String line) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            ByteArrayOutputStream arg = new ByteArrayOutputStream();
            char q = line.charAt(i);
            if (q == '"' || q == '\'') {
                i++;
                while (i < n && line.charAt(i) != q) {
                    char c = line.charAt(i);
                    if (c == '\\' && q == '"' && i + 1 < n) {
                        char e = line.charAt(++i);
                        switch (e) {
                            case 'n' -> arg.write('\n');
                            case 'r' -> arg.write('\r');
                            case 't' -> arg.write('\t');
                            case 'x' -> {
                                arg.write(Integer.parseInt(line.substring(i + 1, i + 3), 16));
                                i += 2;
                            }
                            default -> arg.write(e);
                        }
                    } else {
                        arg.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    i++;
                }
                i++;
            } else {
                while (i < n && line.charAt(i) != ' ') {
                    arg.writeBytes(String.valueOf(line.charAt(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    i++;
                }
            }
            out.add(arg.toByteArray());
        }
        return out.toArray(new byte[0][]);
    }

    /** One RESP command frame. */
    public static byte[] encode(byte[][] args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("*" + args.length + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (byte[] a : args) {
            b.writeBytes(("$" + a.length + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            b.writeBytes(a);
            b.writeBytes(new byte[] {'\r', '\n'});
        }
        return b.toByteArray();
    }
}
