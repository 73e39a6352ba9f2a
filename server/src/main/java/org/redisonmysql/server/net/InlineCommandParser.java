package org.redisonmysql.server.net;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an inline command line ({@code SET "a b" 'c'}) into arguments with Redis's quoting rules
 * (its {@code sdssplitargs}): double quotes with {@code \n \r \t \b \a \xHH} escapes, single
 * quotes with {@code \'}, and a closing quote that must be followed by a space or the end.
 */
final class InlineCommandParser {
    private InlineCommandParser() {
    }

    /** The arguments, or null when quotes are unbalanced. */
    static List<byte[]> split(byte[] line) {
        List<byte[]> args = new ArrayList<>();
        int i = 0;
        int n = line.length;
        while (true) {
            while (i < n && isSpace(line[i])) {
                i++;
            }
            if (i >= n) {
                return args;
            }
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            boolean inDouble = false;
            boolean inSingle = false;
            boolean done = false;
            while (!done) {
                if (inDouble) {
                    if (i >= n) {
                        return null;
                    }
                    byte c = line[i];
                    if (c == '\\' && i + 3 < n && line[i + 1] == 'x' && isHex(line[i + 2]) && isHex(line[i + 3])) {
                        current.write(hex(line[i + 2]) * 16 + hex(line[i + 3]));
                        i += 3;
                    } else if (c == '\\' && i + 1 < n) {
                        i++;
                        byte e = line[i];
                        switch (e) {
                            case 'n' -> current.write('\n');
                            case 'r' -> current.write('\r');
                            case 't' -> current.write('\t');
                            case 'b' -> current.write('\b');
                            case 'a' -> current.write(7);
                            default -> current.write(e);
                        }
                    } else if (c == '"') {
                        if (i + 1 < n && !isSpace(line[i + 1])) {
                            return null;
                        }
                        done = true;
                    } else {
                        current.write(c);
                    }
                } else if (inSingle) {
                    if (i >= n) {
                        return null;
                    }
                    byte c = line[i];
                    if (c == '\\' && i + 1 < n && line[i + 1] == '\'') {
                        i++;
                        current.write('\'');
                    } else if (c == '\'') {
                        if (i + 1 < n && !isSpace(line[i + 1])) {
                            return null;
                        }
                        done = true;
                    } else {
                        current.write(c);
                    }
                } else {
                    if (i >= n) {
                        done = true;
                        continue;
                    }
                    byte c = line[i];
                    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                        // sdssplitargs ends an unquoted token only on these; \v and \f stay in it
                        done = true;
                    } else if (c == '"') {
                        inDouble = true;
                    } else if (c == '\'') {
                        inSingle = true;
                    } else {
                        current.write(c);
                    }
                }
                if (i < n) {
                    i++;
                }
            }
            args.add(current.toByteArray());
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == '\f';
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return b - 'A' + 10;
    }
}
