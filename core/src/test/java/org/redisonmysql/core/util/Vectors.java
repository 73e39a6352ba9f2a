package org.redisonmysql.core.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the vectors captured from redis-server 7.0.15 by
 * {@code src/test/resources/redis-vectors/generate_vectors.py}: tab-separated rows, '#' comments,
 * binary fields percent-encoded ('~' is the empty string).
 */
public final class Vectors {
    private Vectors() {
    }

    public static List<String[]> rows(String name) {
        return read(name, false);
    }

    /** The '#' header lines, without the '# ' prefix. */
    public static List<String> header(String name) {
        List<String> out = new ArrayList<>();
        for (String[] line : read(name, true)) {
            out.add(line[0]);
        }
        return out;
    }

    private static List<String[]> read(String name, boolean headers) {
        String path = "/redis-vectors/" + name;
        try (InputStream in = Vectors.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                boolean comment = line.startsWith("#");
                if (comment && headers) {
                    out.add(new String[] {line.substring(2)});
                } else if (!comment && !headers && !line.isEmpty()) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a percent-encoded field; "~" is the empty string. */
    public static byte[] bytes(String field) {
        if (field.equals("~")) {
            return new byte[0];
        }
        byte[] out = new byte[field.length()];
        int n = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '%') {
                out[n++] = (byte) Integer.parseInt(field.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public static String text(String field) {
        return new String(bytes(field), StandardCharsets.ISO_8859_1);
    }

    /** For a reply field "OK:text" the text, for "ERR:message" null. */
    public static String ok(String field) {
        return field.startsWith("OK:") ? field.substring(3) : null;
    }

    /** For a reply field "ERR:message" the message, else null. */
    public static String err(String field) {
        return field.startsWith("ERR:") ? field.substring(4) : null;
    }
}
