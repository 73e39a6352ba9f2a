package org.redisonmysql.it.strings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Two server instances on one database: atomicity of INCR, SETNX and MSET across instances. */
class StringsConcurrencyTest {
    /** The figure: 2 instances x 50 clients x 1,000 INCR on one key = exactly 100,000 (about 2 minutes on 2 cores). */
    private static final int CLIENTS_PER_SERVER = 50;
    private static final int INCRS_PER_CLIENT = 1000;

    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        TestServer.Pair pair = TestServer.pairWithUser("conc:user", "pw");
        first = pair.first();
        second = pair.second();
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    private static RawClient connect(TestServer server) throws Exception {
        RawClient c = new RawClient(server.port());
        assertThat(call(c, "AUTH", "conc:user", "pw")).isEqualTo("+OK\r\n");
        return c;
    }

    private static String call(RawClient c, String... args) throws Exception {
        c.send(RawClient.command(args));
        return c.readReplyText();
    }

    private static <T> List<T> runOnBoth(int perServer, Callable<T> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * perServer);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2 * perServer; i++) {
                futures.add(pool.submit(perClient));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(600, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void incrFromTwoInstancesIsExact() throws Exception {
        int[] next = {0};
        runOnBoth(CLIENTS_PER_SERVER, () -> {
            TestServer server;
            synchronized (next) {
                server = next[0]++ % 2 == 0 ? first : second;
            }
            try (RawClient c = connect(server)) {
                for (int i = 0; i < INCRS_PER_CLIENT; i++) {
                    assertThat(call(c, "INCR", "counter")).startsWith(":");
                }
            }
            return null;
        });
        try (RawClient c = connect(first)) {
            int expected = 2 * CLIENTS_PER_SERVER * INCRS_PER_CLIENT;
            assertThat(call(c, "GET", "counter")).isEqualTo("$" + String.valueOf(expected).length() + "\r\n" + expected + "\r\n");
        }
    }

    @Test
    void exactlyOneSetnxWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "nx" + round;
            int[] next = {0};
            List<String> replies = runOnBoth(10, () -> {
                TestServer server;
                synchronized (next) {
                    server = next[0]++ % 2 == 0 ? first : second;
                }
                try (RawClient c = connect(server)) {
                    return call(c, "SETNX", key, "v");
                }
            });
            assertThat(replies.stream().filter(":1\r\n"::equals).count()).as("winners of " + key).isEqualTo(1);
            assertThat(replies.stream().filter(":0\r\n"::equals).count()).isEqualTo(replies.size() - 1);
        }
    }

    @Test
    void msetIsAllOrNothingForReaders() throws Exception {
        String[] keys = {"m1", "m2", "m3", "m4", "m5"};
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String value = w == 0 ? "aaaa" : "bbbb";
                TestServer server = w == 0 ? first : second;
                writers.add(pool.submit(() -> {
                    try (RawClient c = connect(server)) {
                        for (int i = 0; i < 300; i++) {
                            List<String> args = new ArrayList<>(List.of("MSET"));
                            for (String k : keys) {
                                args.add(k);
                                args.add(value);
                            }
                            assertThat(call(c, args.toArray(new String[0]))).isEqualTo("+OK\r\n");
                        }
                    }
                    return null;
                }));
            }
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                TestServer server = r == 0 ? second : first;
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    try (RawClient c = connect(server)) {
                        while (!stop.get()) {
                            List<String> args = new ArrayList<>(List.of("MGET"));
                            args.addAll(List.of(keys));
                            String reply = call(c, args.toArray(new String[0]));
                            boolean allA = !reply.contains("bbbb");
                            boolean allB = !reply.contains("aaaa");
                            assertThat(allA || allB).as("mixed MGET reply: " + reply).isTrue();
                            reads++;
                        }
                    }
                    return reads;
                }));
            }
            for (Future<?> w : writers) {
                w.get(120, TimeUnit.SECONDS);
            }
            stop.set(true);
            for (Future<Integer> r : readers) {
                assertThat(r.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
