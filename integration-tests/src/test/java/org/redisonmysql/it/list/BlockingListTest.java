package org.redisonmysql.it.list;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocking pops across two server instances on one database. */
class BlockingListTest {
    private static final int ITEMS = 20_000;
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        TestServer.Pair pair = TestServer.pairWithUser("bl:user", "pw");
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
        j.auth("bl:user", "pw");
        return j;
    }

    @Test
    void pushOnOtherInstanceWakesBlockedClient() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Jedis blocked = client(first); Jedis pusher = client(second)) {
            List<Long> latencies = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                Future<List<String>> pop = pool.submit(() -> blocked.blpop(0, "wake"));
                Thread.sleep(300);
                assertThat(pop.isDone()).isFalse();
                long t0 = System.nanoTime();
                pusher.lpush("wake", "v" + round);
                List<String> got = pop.get(10, TimeUnit.SECONDS);
                latencies.add((System.nanoTime() - t0) / 1_000_000);
                assertThat(got).containsExactly("wake", "v" + round);
            }
            System.out.println("cross-instance wake-up latency ms: " + latencies);
            assertThat(pusher.exists("wake")).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void localPushWakesClientsInOrderAndTimeoutsAnswerNull() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Jedis a = client(first); Jedis b = client(first); Jedis pusher = client(first)) {
            Future<List<String>> fa = pool.submit(() -> a.brpop(0, "fifo"));
            Thread.sleep(200);
            Future<List<String>> fb = pool.submit(() -> b.brpop(0, "fifo"));
            Thread.sleep(200);
            pusher.rpush("fifo", "one");
            assertThat(fa.get(10, TimeUnit.SECONDS)).containsExactly("fifo", "one");
            assertThat(fb.isDone()).isFalse();
            pusher.rpush("fifo", "two");
            assertThat(fb.get(10, TimeUnit.SECONDS)).containsExactly("fifo", "two");

            long t0 = System.nanoTime();
            assertThat(a.blpop(0.3, "none")).isNull();
            assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(250L, 2000L);
            assertThat(a.brpoplpush("none", "dst", 1)).isNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void disconnectedBlockedClientLeavesNothingBehind() throws Exception {
        Jedis gone = client(first);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> gone.blpop(0, "left"));
            Thread.sleep(300);
            gone.disconnect();
            Thread.sleep(300);
            try (Jedis j = client(first)) {
                j.rpush("left", "kept");
                Thread.sleep(300);
                assertThat(j.lrange("left", 0, -1)).containsExactly("kept");
                j.del("left");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void queueAcrossInstancesLosesAndDuplicatesNothing() throws Exception {
        int producers = 4;
        int consumers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(producers + consumers);
        Set<String> seen = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> tasks = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            TestServer server = c % 2 == 0 ? first : second;
            tasks.add(pool.submit(() -> {
                try (Jedis j = client(server)) {
                    while (received.get() < ITEMS) {
                        List<String> got = j.brpop(1, "queue");
                        if (got != null) {
                            if (!seen.add(got.get(1))) {
                                duplicates.incrementAndGet();
                            }
                            received.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (int p = 0; p < producers; p++) {
            int id = p;
            TestServer server = p % 2 == 0 ? first : second;
            tasks.add(pool.submit(() -> {
                try (Jedis j = client(server)) {
                    for (int i = id; i < ITEMS; i += producers) {
                        j.lpush("queue", "item-" + i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : tasks) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
        System.out.println("queue of " + ITEMS + " items across two instances: "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(duplicates.get()).isZero();
        assertThat(seen).hasSize(ITEMS);
        try (Jedis j = client(first)) {
            assertThat(j.exists("queue")).isFalse();
        }
    }
}
