package org.redisonmysql.it.scripting;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Lua scripts as MySQL transactions, across two server instances on one database. */
class ScriptingTest {
    private static final String INCR_BY_READ_THEN_WRITE =
            "local v = tonumber(redis.call('get', KEYS[1]) or '0'); redis.call('set', KEYS[1], v + 1); return v + 1";

    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        TestServer.Pair pair = TestServer.pairWithUser("lua:user", "pw");
        first = pair.first();
        second = pair.second();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static Jedis client(TestServer server) {
        Jedis j = new Jedis("127.0.0.1", server.port(), 60_000);
        j.auth("lua:user", "pw");
        return j;
    }

    @Test
    void aScriptLoadedOnOneInstanceRunsByShaOnTheOther() {
        try (Jedis a = client(first); Jedis b = client(second)) {
            String sha = a.scriptLoad("return 'from ' .. ARGV[1]");
            assertThat(b.scriptExists(sha)).isTrue();
            assertThat(b.evalsha(sha, 0, "b")).isEqualTo("from b");
            b.scriptFlush();
            assertThat(a.scriptExists(sha)).isFalse();
        }
    }

    @Test
    void aReadModifyWriteScriptIsAtomicAcrossInstances() throws Exception {
        int clients = 20;
        int perClient = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                TestServer server = i % 2 == 0 ? first : second;
                futures.add(pool.submit(() -> {
                    try (Jedis j = client(server)) {
                        for (int n = 0; n < perClient; n++) {
                            j.eval(INCR_BY_READ_THEN_WRITE, 1, "lua-counter");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Jedis j = client(second)) {
            assertThat(j.get("lua-counter")).isEqualTo(String.valueOf(clients * perClient));
        }
    }

    @Test
    void jedisEvalAndEvalsha() {
        try (Jedis j = client(first)) {
            assertThat(j.eval("return {KEYS[1], ARGV[1], 3}", 1, "k", "v")).isEqualTo(List.of("k", "v", 3L));
            String sha = j.scriptLoad("return redis.call('incrby', KEYS[1], ARGV[1])");
            assertThat(j.evalsha(sha, 1, "jedis-n", "5")).isEqualTo(5L);
            assertThat(j.evalsha(sha, 1, "jedis-n", "5")).isEqualTo(10L);
        }
    }

    @Test
    void lettuceEvalAndEvalsha() {
        RedisURI uri = RedisURI.builder().withHost("127.0.0.1").withPort(second.port())
                .withAuthentication("lua:user", "pw".toCharArray()).withTimeout(Duration.ofSeconds(30)).build();
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            String result = c.sync().eval("return redis.call('set', KEYS[1], ARGV[1])", ScriptOutputType.STATUS,
                    new String[] {"lettuce-k"}, "v1");
            assertThat(result).isEqualTo("OK");
            String sha = c.sync().scriptLoad("return redis.call('get', KEYS[1])");
            String value = c.sync().evalsha(sha, ScriptOutputType.VALUE, "lettuce-k");
            assertThat(value).isEqualTo("v1");
        } finally {
            client.shutdown();
        }
    }
}
