package org.redisonmysql.it;

import org.redisonmysql.it.differential.ScriptLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commands the SQL catalogue is generated from: the scripts under
 * src/test/resources/sql-catalogue/ (one per family), which must take every command through each
 * of its statement paths. A family adds its file when it adds commands.
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
                for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    c.send(ScriptLines.encode(ScriptLines.split(trimmed)));
                    c.readReply();
                }
            }
        }
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
