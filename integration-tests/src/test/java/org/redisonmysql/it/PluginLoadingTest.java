package org.redisonmysql.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A jar dropped into plugins/ adds a working command (the example plugin built in this repository). */
class PluginLoadingTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("hello.plugin.jar"));
        assertThat(jar).exists();
        Path plugins = Files.createTempDirectory("rom-plugins");
        Files.copy(jar, plugins.resolve("hello-plugin.jar"));
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("plugin:user", "pw", database);
        Map<String, String> env = db.serverEnv(database);
        env.put("REDIS_MYSQL_PLUGINS_DIR", plugins.toString());
        server = TestServer.start(env);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePluginCommandWorks() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("AUTH", "plugin:user", "pw"));
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            c.send(RawClient.command("HELLO.GREET", "world"));
            assertThat(c.readReplyText()).isEqualTo("$13\r\nHello, world!\r\n");
            c.send(RawClient.command("hello.greet"));
            assertThat(c.readReplyText()).isEqualTo("$19\r\nHello, plugin:user!\r\n");
            c.send(RawClient.command("HELLO.GREET", "a", "b"));
            assertThat(c.readReplyText()).isEqualTo("-ERR syntax error\r\n");
            c.send(RawClient.command("COMMAND", "INFO", "hello.greet"));
            assertThat(c.readReplyText()).startsWith("*1\r\n*10\r\n$11\r\nhello.greet\r\n:-1\r\n*2\r\n+readonly\r\n+fast\r\n")
                    .contains("+@fast\r\n+@connection\r\n");
            c.send(RawClient.command("COMMAND", "DOCS", "hello.greet"));
            assertThat(c.readReplyText()).contains("Greets the caller, or the given name");
        }
    }

    @Test
    void thePluginIsNotOnTheTestClassPath() {
        assertThat(getClass().getClassLoader().getResource("org/example/hello/HelloPluginModule.class")).isNull();
    }
}
