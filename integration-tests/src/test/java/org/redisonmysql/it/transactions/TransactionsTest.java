package org.redisonmysql.it.transactions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** MULTI/EXEC/WATCH as MySQL transactions, across two server instances on one database. */
class TransactionsTest {
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        TestServer.Pair pair = TestServer.pairWithUser("tx:user", "pw");
        first = pair.first();
        second = pair.second();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static Jedis client(TestServer server) {
        Jedis j = new Jedis("127.0.0.1", server.port(), 30_000);
        j.auth("tx:user", "pw");
        return j;
    }

    @Test
    void jedisTransactionQueuesAndExecutes() {
        try (Jedis j = client(first)) {
            Transaction t = j.multi();
            t.set("jt-a", "1");
            t.get("jt-a");
            t.del("jt-a");
            List<Object> results = t.exec();
            assertThat(results).containsExactly("OK", "1", 1L);
        }
    }

    @Test
    void aWatchedKeyChangedOnTheOtherInstanceAbortsExec() {
        try (Jedis a = client(first); Jedis b = client(second)) {
            a.set("watched", "0");
            a.watch("watched");
            b.set("watched", "changed elsewhere");
            Transaction t = a.multi();
            t.set("watched", "mine");
            assertThat(t.exec()).isNull();
            assertThat(a.get("watched")).isEqualTo("changed elsewhere");
        }
    }

    @Test
    void moneyMovedBetweenTwoKeysNeverChangesTheSum() throws Exception {
        try (Jedis setup = client(first)) {
            setup.set("acct:a", "1000");
            setup.set("acct:b", "1000");
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger transfers = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            TestServer server = w % 2 == 0 ? first : second;
            int seed = w;
            writers.add(pool.submit(() -> {
                try (Jedis j = client(server)) {
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < 15; i++) {
                        while (true) {
                            j.watch("acct:a", "acct:b");
                            long a = Long.parseLong(j.get("acct:a"));
                            long b = Long.parseLong(j.get("acct:b"));
                            long amount = random.nextInt(21) - 10;
                            Transaction t = j.multi();
                            t.set("acct:a", Long.toString(a - amount));
                            t.set("acct:b", Long.toString(b + amount));
                            if (t.exec() != null) {
                                transfers.incrementAndGet();
                                break;
                            }
                        }
                    }
                }
                return null;
            }));
        }
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            TestServer server = r == 0 ? first : second;
            readers.add(pool.submit(() -> {
                int checks = 0;
                try (Jedis j = client(server)) {
                    while (running.get() || checks < 5) {
                        Transaction t = j.multi();
                        t.get("acct:a");
                        t.get("acct:b");
                        List<Object> both = t.exec();
                        long sum = Long.parseLong((String) both.get(0)) + Long.parseLong((String) both.get(1));
                        assertThat(sum).as("sum seen by a reader").isEqualTo(2000);
                        checks++;
                    }
                }
                return checks;
            }));
        }
        for (Future<?> f : writers) {
            f.get(120, TimeUnit.SECONDS);
        }
        running.set(false);
        for (Future<Integer> f : readers) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdownNow();
        assertThat(transfers.get()).isEqualTo(90);
        try (Jedis j = client(second)) {
            assertThat(Long.parseLong(j.get("acct:a")) + Long.parseLong(j.get("acct:b"))).isEqualTo(2000);
        }
    }

    @Test
    void watchBasedIncrementFromBothInstancesEndsOnTheExactCount() throws Exception {
        try (Jedis setup = client(first)) {
            setup.set("optimistic", "0");
        }
        int clients = 6;
        int increments = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            TestServer server = c % 2 == 0 ? first : second;
            all.add(pool.submit(() -> {
                try (Jedis j = client(server)) {
                    for (int i = 0; i < increments; i++) {
                        while (true) {
                            j.watch("optimistic");
                            long v = Long.parseLong(j.get("optimistic"));
                            Transaction t = j.multi();
                            t.set("optimistic", Long.toString(v + 1));
                            if (t.exec() != null) {
                                break;
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        try (Jedis j = client(second)) {
            assertThat(j.get("optimistic")).isEqualTo(Integer.toString(clients * increments));
        }
    }
}
