package org.redisonmysql.it.list;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue of 100,000 unique items through one list, LPUSH by producers and RPOP by consumers spread
 * over two server instances at once: every item comes out exactly once, and the list ends empty.
 * Items go in batches (several per LPUSH, pipelined) and come out with RPOP's count, so the test
 * measures the atomicity of push and pop across instances, not the round trips.
 */
class QueueAcrossInstancesTest {
    private static final int ITEMS = 100_000;
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    private static final int PER_PUSH = 100;
    private static final int PIPELINE = 10;
    private static final int PER_POP = 100;

    @Test
    void everyItemIsPoppedExactlyOnce() throws Exception {
        AtomicIntegerArray popped = new AtomicIntegerArray(ITEMS);
        AtomicLong received = new AtomicLong();
        AtomicBoolean producing = new AtomicBoolean(true);
        try (TestServer.Pair pair = TestServer.pairWithUser("queue:user", "pw")) {
            ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS + CONSUMERS);
            long t0 = System.nanoTime();
            List<Future<?>> consumers = new ArrayList<>();
            for (int c = 0; c < CONSUMERS; c++) {
                TestServer server = c % 2 == 0 ? pair.first() : pair.second();
                consumers.add(pool.submit(() -> {
                    try (Jedis j = client(server)) {
                        while (received.get() < ITEMS) {
                            List<String> got = j.rpop("queue", PER_POP);
                            if (got == null) {
                                if (!producing.get() && !j.exists("queue")) {
                                    return null; // drained: a lost item would leave the count short
                                }
                                Thread.sleep(2);
                                continue;
                            }
                            for (String item : got) {
                                popped.incrementAndGet(Integer.parseInt(item.substring(5)));
                            }
                            received.addAndGet(got.size());
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int id = p;
                TestServer server = p % 2 == 0 ? pair.second() : pair.first();
                producers.add(pool.submit(() -> {
                    try (Jedis j = client(server)) {
                        List<String> batch = new ArrayList<>(PER_PUSH);
                        List<Response<Long>> replies = new ArrayList<>();
                        Pipeline pipeline = j.pipelined();
                        for (int i = id; i < ITEMS; i += PRODUCERS) {
                            batch.add("item-" + i);
                            if (batch.size() == PER_PUSH || i + PRODUCERS >= ITEMS) {
                                replies.add(pipeline.lpush("queue", batch.toArray(new String[0])));
                                batch.clear();
                                if (replies.size() == PIPELINE) {
                                    pipeline.sync();
                                    replies.forEach(r -> assertThat(r.get()).isPositive());
                                    replies.clear();
                                }
                            }
                        }
                        pipeline.sync();
                        replies.forEach(r -> assertThat(r.get()).isPositive());
                    }
                    return null;
                }));
            }
            for (Future<?> f : producers) {
                f.get(5, TimeUnit.MINUTES);
            }
            producing.set(false);
            for (Future<?> f : consumers) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdownNow();
            System.out.println("queue of " + ITEMS + " items, LPUSH x" + PER_PUSH + " / RPOP x" + PER_POP
                    + " across two instances: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            int missing = 0;
            int duplicated = 0;
            for (int i = 0; i < ITEMS; i++) {
                missing += popped.get(i) == 0 ? 1 : 0;
                duplicated += popped.get(i) > 1 ? 1 : 0;
            }
            assertThat(missing).as("items never popped").isZero();
            assertThat(duplicated).as("items popped twice").isZero();
            assertThat(received.get()).isEqualTo(ITEMS);
            try (Jedis j = client(pair.first())) {
                assertThat(j.exists("queue")).isFalse();
                assertThat(j.llen("queue")).isZero();
            }
        }
    }

    private static Jedis client(TestServer server) {
        Jedis j = new Jedis("127.0.0.1", server.port(), 60_000);
        j.auth("queue:user", "pw");
        return j;
    }
}
