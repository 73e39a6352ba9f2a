package org.redisonmysql.it.differential;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every script under src/test/resources/differential/ against real Redis 7 and this server
 * and requires byte-identical replies. A family adds a {@code <family>/<topic>.redis} file.
 */
class ScriptedDifferentialTest {

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException, URISyntaxException {
        URL root = getClass().getClassLoader().getResource("differential");
        assertThat(root).as("differential scripts").isNotNull();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(root.toURI()))) {
            files = walk.filter(p -> p.toString().endsWith(".redis")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        Path base = Path.of(root.toURI());
        return files.stream().map(file -> DynamicTest.dynamicTest(base.relativize(file).toString(), () -> {
            String script;
            try (InputStream in = Files.newInputStream(file)) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (DifferentialHarness h = DifferentialHarness.open()) {
                h.runScript(script);
                assertThat(h.mismatches()).as("replies that differ from Redis 7 in " + file.getFileName()).isEmpty();
            }
        }));
    }
}
