package org.redisonmysql.it;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Unchanged real clients: Lettuce (RESP3 by default, HELLO with AUTH) and redis-cli. */
class ClientLibrariesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withUser("libs:user", "libs-pw");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void lettuceConnectsWithHelloAndReadsAndWrites() {
        RedisURI uri = RedisURI.builder().withHost("127.0.0.1").withPort(server.port())
                .withAuthentication("libs:user", "libs-pw".toCharArray()).withTimeout(Duration.ofSeconds(20)).build();
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            assertThat(c.sync().ping()).isEqualTo("PONG");
            assertThat(c.sync().set("lettuce-key", "value")).isEqualTo("OK");
            assertThat(c.sync().get("lettuce-key")).isEqualTo("value");
            assertThat(c.sync().exists("lettuce-key", "lettuce-key", "missing")).isEqualTo(2L);
            assertThat(c.sync().del("lettuce-key")).isEqualTo(1L);
            assertThat(c.sync().get("lettuce-key")).isNull();
        } finally {
            client.shutdown();
        }
    }

    @Test
    void redisCliPingsAndSets() throws Exception {
        assertThat(redisCli("PING")).isEqualTo("PONG");
        assertThat(redisCli("SET", "cli-key", "hello world")).isEqualTo("OK");
        assertThat(redisCli("GET", "cli-key")).isEqualTo("hello world");
    }

    private static String redisCli(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[6 + args.length];
        cmd[0] = "redis-cli";
        cmd[1] = "-p";
        cmd[2] = String.valueOf(server.port());
        cmd[3] = "--user";
        cmd[4] = "libs:user";
        cmd[5] = "--no-auth-warning";
        System.arraycopy(args, 0, cmd, 6, args.length);
        String[] withPass = new String[cmd.length + 2];
        System.arraycopy(cmd, 0, withPass, 0, 6);
        withPass[6] = "--pass";
        withPass[7] = "libs-pw";
        System.arraycopy(cmd, 6, withPass, 8, args.length);
        Process p = new ProcessBuilder(withPass).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
