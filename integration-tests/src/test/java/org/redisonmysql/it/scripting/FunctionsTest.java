package org.redisonmysql.it.scripting;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis 7 functions across two server instances on one database, from Jedis and Lettuce, and busy
 * scripts: -BUSY for the tenant's other clients on the instance, SCRIPT KILL / FUNCTION KILL, and
 * a script that wrote being unkillable.
 */
class FunctionsTest {
    private static final String BUSY_FUNCTION =
            "-BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.\r\n";
    private static final String BUSY_EVAL =
            "-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n";

    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("fn:user", "pw", database);
        db.createUser("fnother:user", "pw", database);
        first = TestServer.start(db.serverEnv(database));
        second = TestServer.start(db.serverEnv(database));
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static Jedis client(TestServer server) {
        Jedis j = new Jedis("127.0.0.1", server.port(), 60_000);
        j.auth("fn:user", "pw");
        return j;
    }

    private static RawClient raw(TestServer server, String user) throws IOException {
        RawClient c = new RawClient(server.port());
        assertThat(call(c, "AUTH", user, "pw")).isEqualTo("+OK\r\n");
        return c;
    }

    private static String call(RawClient c, String... args) throws IOException {
        c.send(RawClient.command(args));
        return c.readReplyText();
    }

    @Test
    void aLibraryLoadedOnOneInstanceIsCalledOnTheOtherAndFollowsReplaceAndDelete() {
        try (Jedis a = client(first); Jedis b = client(second)) {
            a.functionLoad("#!lua name=xinst\nredis.register_function('xget', function(keys) return 'v1:' .. keys[1] end)");
            assertThat(b.fcall("xget", List.of("k"), List.of())).isEqualTo("v1:k");
            // The second instance has v1 compiled; a replace through the first must be seen at once.
            a.functionLoadReplace("#!lua name=xinst\nredis.register_function('xget', function(keys) return 'v2:' .. keys[1] end)");
            assertThat(b.fcall("xget", List.of("k"), List.of())).isEqualTo("v2:k");
            a.functionDelete("xinst");
            assertThat(callError(() -> b.fcall("xget", List.of("k"), List.of()))).isEqualTo("ERR Function not found");
        }
    }

    private static String callError(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        return null;
    }

    @Test
    void jedisAndLettuceFcall() {
        try (Jedis j = client(first)) {
            j.functionLoad("#!lua name=clients\n"
                    + "redis.register_function('incrby2', function(keys, args) return redis.call('incrby', keys[1], args[1] * 2) end)\n"
                    + "redis.register_function{function_name='peek', callback=function(keys) return redis.call('get', keys[1]) end,"
                    + " flags={'no-writes'}}");
            assertThat(j.fcall("incrby2", List.of("fn-n"), List.of("5"))).isEqualTo(10L);
            assertThat(j.fcallReadonly("peek", List.of("fn-n"), List.of())).isEqualTo("10");
        }
        RedisURI uri = RedisURI.builder().withHost("127.0.0.1").withPort(second.port())
                .withAuthentication("fn:user", "pw".toCharArray()).withTimeout(Duration.ofSeconds(30)).build();
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            Long n = c.sync().fcall("incrby2", ScriptOutputType.INTEGER, new String[] {"fn-n"}, "1");
            assertThat(n).isEqualTo(12L);
            String v = c.sync().fcallReadOnly("peek", ScriptOutputType.VALUE, "fn-n");
            assertThat(v).isEqualTo("12");
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aBusyFunctionMakesOtherClientsOfTheTenantGetBusyUntilFunctionKill() throws Exception {
        try (RawClient runner = raw(first, "fn:user"); RawClient other = raw(first, "fn:user");
                RawClient otherTenant = raw(first, "fnother:user"); RawClient elsewhere = raw(second, "fn:user")) {
            assertThat(call(other, "CONFIG", "SET", "busy-reply-threshold", "100")).isEqualTo("+OK\r\n");
            assertThat(call(other, "FUNCTION", "LOAD", "REPLACE",
                    "#!lua name=spinning\nredis.register_function('spin', function()\n  while true do end\nend)"))
                    .isEqualTo("$8\r\nspinning\r\n");
            runner.send(RawClient.command("FCALL", "spin", "0"));
            CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.readReplyText();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitReply(other, BUSY_FUNCTION, "PING");
            assertThat(call(other, "GET", "x")).isEqualTo(BUSY_FUNCTION);
            assertThat(call(other, "SCRIPT", "KILL")).isEqualTo(BUSY_FUNCTION);
            assertThat(call(other, "FUNCTION", "STATS")).contains("$4\r\nspin\r\n").contains("$5\r\nFCALL\r\n");
            // Another tenant on the same instance, and the same tenant on another instance, are not blocked.
            assertThat(call(otherTenant, "PING")).isEqualTo("+PONG\r\n");
            assertThat(call(elsewhere, "PING")).isEqualTo("+PONG\r\n");
            assertThat(call(other, "FUNCTION", "KILL")).isEqualTo("+OK\r\n");
            assertThat(result.get(30, TimeUnit.SECONDS))
                    .isEqualTo("-ERR Script killed by user with SCRIPT KILL... script: spin, on @user_function:3.\r\n");
            assertThat(call(other, "PING")).isEqualTo("+PONG\r\n");
            assertThat(call(other, "FUNCTION", "KILL")).isEqualTo("-NOTBUSY No scripts in execution right now.\r\n");
            assertThat(call(other, "CONFIG", "SET", "busy-reply-threshold", "5000")).isEqualTo("+OK\r\n");
        }
    }

    @Test
    void scriptKillStopsABusyEvalButNotOneThatWrote() throws Exception {
        try (RawClient runner = raw(first, "fn:user"); RawClient other = raw(first, "fn:user")) {
            assertThat(call(other, "CONFIG", "SET", "lua-time-limit", "100")).isEqualTo("+OK\r\n");
            runner.send(RawClient.command("EVAL", "local i = 0\nwhile true do i = i + 1 end", "0"));
            CompletableFuture<String> killed = readAsync(runner);
            awaitReply(other, BUSY_EVAL, "PING");
            assertThat(call(other, "FUNCTION", "KILL")).isEqualTo(BUSY_EVAL);
            assertThat(call(other, "SCRIPT", "KILL")).isEqualTo("+OK\r\n");
            assertThat(killed.get(30, TimeUnit.SECONDS)).startsWith("-ERR Script killed by user with SCRIPT KILL... script: ")
                    .endsWith(", on @user_script:2.\r\n");

            // Wrote, then runs for about 1.5 s: unkillable, and its write is kept.
            runner.send(RawClient.command("EVAL", "redis.call('set', KEYS[1], 'written')\n"
                    + "local function ms() local t = redis.call('time') return t[1] * 1000 + t[2] / 1000 end\n"
                    + "local start = ms()\nwhile ms() - start < 1500 do end\nreturn 'done'", "1", "fn-written"));
            CompletableFuture<String> done = readAsync(runner);
            awaitReply(other, BUSY_EVAL, "PING");
            assertThat(call(other, "SCRIPT", "KILL")).startsWith("-UNKILLABLE Sorry the script already executed write commands");
            assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo("$4\r\ndone\r\n");
            assertThat(call(other, "GET", "fn-written")).isEqualTo("$7\r\nwritten\r\n");
            assertThat(call(other, "SCRIPT", "KILL")).isEqualTo("-NOTBUSY No scripts in execution right now.\r\n");
            assertThat(call(other, "CONFIG", "GET", "busy-reply-threshold")).contains("100");
            assertThat(call(other, "CONFIG", "SET", "busy-reply-threshold", "5000")).isEqualTo("+OK\r\n");
        }
    }

    private static CompletableFuture<String> readAsync(RawClient c) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return c.readReplyText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Sends the command until it gets {@code expected} (the script becomes busy after the threshold). */
    private static void awaitReply(RawClient c, String expected, String... command) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String last = null;
        while (System.nanoTime() < deadline) {
            last = call(c, command);
            if (last.equals(expected)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never got " + expected + ", last: " + last);
    }
}
