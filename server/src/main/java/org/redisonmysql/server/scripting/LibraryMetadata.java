package org.redisonmysql.server.scripting;

import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first line of a FUNCTION LOAD payload, {@code #!<engine> name=<library>}, read as Redis 7's
 * functionExtractLibMetaData reads it (sdssplitargs, then {@code name=} case-insensitively), with
 * its error texts.
 */
public record LibraryMetadata(String engine, String name) {
    static final String INVALID_NAME = "Library names can only contain letters, numbers, or underscores(_) and "
            + "must be at least one character long";

    /** Parses and checks the metadata in Redis's order (metadata, name, engine). */
    public static LibraryMetadata parse(byte[] payload) {
        if (payload.length < 2 || payload[0] != '#' || payload[1] != '!') {
            throw err("Missing library metadata");
        }
        int end = -1;
        for (int i = 0; i < payload.length && payload[i] != 0; i++) {
            if (payload[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw err("Invalid library metadata");
        }
        List<String> parts = splitArgs(new String(payload, 0, end, StandardCharsets.ISO_8859_1));
        if (parts == null || parts.isEmpty()) {
            throw err("Invalid library metadata");
        }
        String engine = parts.get(0).substring(2);
        String name = null;
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.length() >= 5 && part.substring(0, 5).equalsIgnoreCase("name=")) {
                if (name != null) {
                    throw err("Invalid metadata value, name argument was given multiple times");
                }
                name = part.substring(5);
                continue;
            }
            throw err("Invalid metadata value given: " + part);
        }
        if (name == null) {
            throw err("Library name was not given");
        }
        if (!validName(name)) {
            throw err(INVALID_NAME);
        }
        if (!engine.toLowerCase(Locale.ROOT).equals("lua")) {
            throw err("Engine '" + engine + "' not found");
        }
        if (name.length() > 512) {
            throw err("Library names longer than 512 characters are not supported");
        }
        return new LibraryMetadata(engine, name);
    }

    /** functionsVerifyName: letters, digits and underscores, at least one. */
    static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static RedisException err(String message) {
        return new RedisException("ERR " + message);
    }

    /** Redis's sdssplitargs: whitespace-separated, "double" (with escapes) or 'single' quotes; null if unbalanced. */
    static List<String> splitArgs(String line) {
        List<String> out = new ArrayList<>();
        int p = 0;
        int n = line.length();
        while (true) {
            while (p < n && isSpace(line.charAt(p))) {
                p++;
            }
            if (p >= n) {
                return out;
            }
            StringBuilder cur = new StringBuilder();
            boolean inq = false;
            boolean insq = false;
            boolean done = false;
            while (!done) {
                if (inq) {
                    if (p >= n) {
                        return null;
                    }
                    char c = line.charAt(p);
                    if (c == '\\' && p + 3 < n && line.charAt(p + 1) == 'x' && hex(line.charAt(p + 2)) >= 0
                            && hex(line.charAt(p + 3)) >= 0) {
                        cur.append((char) (hex(line.charAt(p + 2)) * 16 + hex(line.charAt(p + 3))));
                        p += 3;
                    } else if (c == '\\' && p + 1 < n) {
                        p++;
                        char e = line.charAt(p);
                        cur.append(switch (e) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            case 'b' -> '\b';
                            case 'a' -> (char) 7;
                            default -> e;
                        });
                    } else if (c == '"') {
                        if (p + 1 < n && !isSpace(line.charAt(p + 1))) {
                            return null;
                        }
                        done = true;
                    } else {
                        cur.append(c);
                    }
                } else if (insq) {
                    if (p >= n) {
                        return null;
                    }
                    char c = line.charAt(p);
                    if (c == '\\' && p + 1 < n && line.charAt(p + 1) == '\'') {
                        p++;
                        cur.append('\'');
                    } else if (c == '\'') {
                        if (p + 1 < n && !isSpace(line.charAt(p + 1))) {
                            return null;
                        }
                        done = true;
                    } else {
                        cur.append(c);
                    }
                } else {
                    if (p >= n) {
                        done = true;
                        break;
                    }
                    char c = line.charAt(p);
                    if (isSpace(c)) {
                        done = true;
                    } else if (c == '"') {
                        inq = true;
                    } else if (c == '\'') {
                        insq = true;
                    } else {
                        cur.append(c);
                    }
                }
                if (p < n) {
                    p++;
                }
            }
            out.add(cur.toString());
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == '\f';
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
