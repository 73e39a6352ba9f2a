package org.redisonmysql.it.zset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.SafeEncoder;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** BZPOPMIN / BZPOPMAX / BZMPOP woken by a ZADD on another server instance. */
class BlockingZSetTest {
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        TestServer.Pair pair = TestServer.pairWithUser("bz:user", "pw");
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
        j.auth("bz:user", "pw");
        return j;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object reply) {
        return ((List<Object>) reply).stream().map(o -> o instanceof byte[] b ? SafeEncoder.encode(b) : String.valueOf(o)).toList();
    }

    @Test
    void zaddOnOtherInstanceWakesBlockedClient() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Jedis blocked = client(first); Jedis pusher = client(second)) {
            for (int round = 0; round < 3; round++) {
                String cmd = round % 2 == 0 ? "BZPOPMIN" : "BZPOPMAX";
                Future<Object> pop = pool.submit(() -> blocked.sendCommand(() -> SafeEncoder.encode(cmd), "nokey", "wz", "0"));
                Thread.sleep(300);
                assertThat(pop.isDone()).isFalse();
                pusher.zadd("wz", round + 0.5, "m" + round);
                assertThat(strings(pop.get(10, TimeUnit.SECONDS))).containsExactly("wz", "m" + round, (round + 0.5) + "");
            }
            assertThat(pusher.exists("wz")).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bzmpopIsWokenAcrossInstancesAndTimesOut() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Jedis blocked = client(first); Jedis pusher = client(second)) {
            Future<Object> pop = pool.submit(() -> blocked.sendCommand(() -> SafeEncoder.encode("BZMPOP"),
                    "0", "2", "nokey", "wm", "MAX", "COUNT", "5"));
            Thread.sleep(300);
            assertThat(pop.isDone()).isFalse();
            pusher.sendCommand(() -> SafeEncoder.encode("ZADD"), "wm", "1", "a", "2", "b");
            Object reply = pop.get(10, TimeUnit.SECONDS);
            List<Object> top = (List<Object>) reply;
            assertThat(SafeEncoder.encode((byte[]) top.get(0))).isEqualTo("wm");
            assertThat(((List<?>) top.get(1))).hasSize(2);
            long t0 = System.nanoTime();
            Object timedOut = blocked.sendCommand(() -> SafeEncoder.encode("BZPOPMIN"), "wm", "0.2");
            assertThat(timedOut).isNull();
            assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(150);
        } finally {
            pool.shutdownNow();
        }
    }
}
