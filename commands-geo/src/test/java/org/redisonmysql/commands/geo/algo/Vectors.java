package org.redisonmysql.commands.geo.algo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the vectors captured from Redis 7.0.15 by {@code src/test/resources/geo/gen_vectors.py}. */
final class Vectors {

    private Vectors() {
    }

    /** Rows of a tab-separated resource under {@code /geo/}, gzip-decoded when the name ends in .gz. */
    static List<String[]> rows(String name) {
        try (InputStream raw = Vectors.class.getResourceAsStream("/geo/" + name)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource /geo/" + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a number the way C's strtod reads the strings the generator sent (incl. inf). */
    static double parse(String s) {
        switch (s) {
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }
}
