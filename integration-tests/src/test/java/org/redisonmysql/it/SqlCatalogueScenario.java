package org.redisonmysql.it;

import org.redisonmysql.it.differential.ScriptLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commands the SQL catalogue is generated from: the scripts under
 * src/test/resources/sql-catalogue/ (one per family), which must take every command through each
 * of its statement paths. A family adds its file when it adds commands. A line that starts with
 * {@code |} is sent in one pipeline with the lines before it (pipelined runs have statements of
 * their own).
 */
final class SqlCatalogueScenario {
    private SqlCatalogueScenario() {
    }

    static void run(int port, String user, String password) throws Exception {
        try (RawClient c = new RawClient(port)) {
            c.send(RawClient.command("AUTH", user, password));
            c.readReply();
            for (Path script : scripts()) {
                c.send(RawClient.command("FLUSHALL"));
                c.readReply();
                List<byte[]> pipeline = new ArrayList<>();
                for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    if (!trimmed.startsWith("|")) {
                        send(c, pipeline);
                    }
                    pipeline.add(ScriptLines.encode(ScriptLines.split(trimmed.startsWith("|") ? trimmed.substring(1).strip() : trimmed)));
                }
                send(c, pipeline);
            }
        }
    }

    /** Sends the pending commands in one write (a pipeline) and reads their replies. */
    private static void send(RawClient c, List<byte[]> pipeline) throws IOException {
        if (pipeline.isEmpty()) {
            return;
        }
        java.io.ByteArrayOutputStream frames = new java.io.ByteArrayOutputStream();
        pipeline.forEach(frames::writeBytes);
        c.send(frames.toByteArray());
        for (int i = 0; i < pipeline.size(); i++) {
            c.readReply();
        }
        pipeline.clear();
    }

    /** An expired row for the cleanup job to delete, so that its statements are catalogued too. */
    static void leaveAnExpiredKey(int port, String user, String password) throws Exception {
        try (RawClient c = new RawClient(port)) {
            c.send(RawClient.command("AUTH", user, password));
            c.readReply();
            c.send(RawClient.command("SET", "expires-at-once", "x", "PX", "1"));
            c.readReply();
            Thread.sleep(20);
        }
    }

    private static List<Path> scripts() throws IOException, URISyntaxException {
        Path root = Path.of(SqlCatalogueScenario.class.getClassLoader().getResource("sql-catalogue").toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".redis")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
