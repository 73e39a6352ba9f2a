package org.redisonmysql.it;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped jar as users run it, in a separate JVM: `migrate` then serve against a separately
 * started MariaDB with the original proxy's variables, and the zero-setup embedded default.
 */
class JarEndToEndTest {
    private static final Path JAR = Path.of(System.getProperty("server.jar"));

    @Test
    void migrateThenServeAgainstAnExistingDatabase() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("tenantA:alice", "alice-pw", database);
        db.createUser("tenantB:bob", "bob-pw", database);
        Map<String, String> base = Map.of("REDIS_MYSQL_ADDR", "127.0.0.1:" + db.port(), "REDIS_MYSQL_DATABASE", database);

        Map<String, String> migrateEnv = new java.util.HashMap<>(base);
        migrateEnv.put("REDIS_MYSQL_USER", db.adminUser());
        migrateEnv.put("REDIS_MYSQL_PASSWORD", db.adminPassword());
        Process migrate = jar(migrateEnv, Path.of("target"), "migrate");
        assertThat(migrate.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String migrateOut = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(migrate.exitValue()).as(migrateOut).isZero();
        assertThat(migrateOut).contains("migration(s) applied");

        int port = freePort();
        Map<String, String> serveEnv = new java.util.HashMap<>(base);
        serveEnv.put("REDIS_MYSQL_BIND", "127.0.0.1:" + port);
        Process server = jar(serveEnv, Path.of("target"));
        try {
            awaitReady(server);
            try (Jedis alice = new Jedis("127.0.0.1", port, 30_000); Jedis bob = new Jedis("127.0.0.1", port, 30_000)) {
                assertThat(alice.auth("tenantA:alice", "alice-pw")).isEqualTo("OK");
                assertThatThrownBy(() -> bob.auth("tenantB:bob", "wrong")).isInstanceOf(JedisDataException.class)
                        .hasMessage("WRONGPASS invalid username-password pair or user is disabled.");
                bob.auth("tenantB:bob", "bob-pw");
                alice.set("secret", "A");
                assertThat(bob.get("secret")).isNull();
                assertThat(bob.keys("*")).isEmpty();
                assertThat(alice.keys("*")).containsExactly("secret");
            }
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void embeddedDefaultAnswersPingAndKeepsDataAcrossRestarts() throws Exception {
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "embedded");
        int port = freePort();
        Map<String, String> env = Map.of("REDIS_MYSQL_BIND", "127.0.0.1:" + port);
        Process first = jar(env, workDir);
        try {
            String ready = awaitReady(first);
            assertThat(ready).contains("redis-cli -p " + port + " --user dev --pass dev");
            assertThat(redisCli(port, "PING")).isEqualTo("PONG");
            assertThat(redisCli(port, "SET", "kept", "across restarts")).isEqualTo("OK");
        } finally {
            first.destroy();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(workDir.resolve("data")).isDirectory();
        Process second = jar(env, workDir);
        try {
            awaitReady(second);
            assertThat(redisCli(port, "GET", "kept")).isEqualTo("across restarts");
        } finally {
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static Process jar(Map<String, String> env, Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("REDIS_MYSQL_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits for the "is ready" line; returns it. Output after that keeps draining in the background. */
    private static String awaitReady(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 120_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains("is ready")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (IOException ignored) {
                        // process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line;
            }
        }
        throw new AssertionError("server did not become ready; output:\n" + seen);
    }

    private static String redisCli(int port, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("redis-cli", "-p", String.valueOf(port), "--user", "dev", "--pass", "dev",
                "--no-auth-warning"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
