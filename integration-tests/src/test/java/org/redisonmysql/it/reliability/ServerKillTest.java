package org.redisonmysql.it.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.redisonmysql.it.TestDatabase;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar, SIGKILLed (destroyForcibly) in the middle of SET/INCR/RPUSH traffic from 4
 * clients: a new server process on the same database has every write that was acknowledged
 * before the kill (SET values exact, INCR counters and list lengths at least the highest
 * acknowledged reply).
 */
class ServerKillTest {
    private static final Path JAR = Path.of(System.getProperty("server.jar"));
    private static final int THREADS = 4;
    private static final int MAX_ROUNDS_PER_THREAD = 5_000;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void acknowledgedWritesSurviveSigkill() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("kill:user", "pw", database);
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("REDIS_MYSQL_ADDR", "127.0.0.1:" + db.port());
        env.put("REDIS_MYSQL_DATABASE", database);
        env.put("REDIS_MYSQL_USER", db.adminUser());
        env.put("REDIS_MYSQL_PASSWORD", db.adminPassword());
        env.put("REDIS_MYSQL_MIGRATE_ON_START", "true");
        env.put("REDIS_MYSQL_BIND", "127.0.0.1:" + port);

        Map<String, String> sets = new ConcurrentHashMap<>();
        Map<String, Long> counters = new ConcurrentHashMap<>();
        Map<String, Long> lists = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong acknowledged = new AtomicLong();
        List<Thread> threads = new ArrayList<>();

        Process first = jar(env);
        try {
            awaitReady(first);
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    String counter = "kill:counter:" + thread;
                    String list = "kill:list:" + thread;
                    try (Jedis j = new Jedis("127.0.0.1", port, 10_000)) {
                        j.auth("kill:user", "pw");
                        for (int n = 0; n < MAX_ROUNDS_PER_THREAD; n++) {
                            String key = "kill:set:" + thread + ":" + n;
                            if ("OK".equals(j.set(key, "v" + n))) {
                                sets.put(key, "v" + n);
                                acknowledged.incrementAndGet();
                            }
                            counters.merge(counter, j.incr(counter), Math::max);
                            acknowledged.incrementAndGet();
                            lists.merge(list, j.rpush(list, "e" + n), Math::max);
                            acknowledged.incrementAndGet();
                        }
                    } catch (JedisConnectionException killed) {
                        // the server process is gone; writes after this one were never acknowledged
                    } catch (RuntimeException e) {
                        unexpected.add(Thread.currentThread().getName() + ": " + e);
                    }
                }, "kill-writer-" + t);
                worker.start();
                threads.add(worker);
            }

            // at least 2 s of load and 600 acknowledged writes, so the kill lands mid-traffic
            long loadStarted = System.nanoTime();
            long deadline = loadStarted + TimeUnit.SECONDS.toNanos(30);
            while ((acknowledged.get() < 600 || System.nanoTime() - loadStarted < TimeUnit.SECONDS.toNanos(2))
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged.get()).as("acknowledged writes before the kill").isGreaterThanOrEqualTo(600);
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        for (Thread worker : threads) {
            worker.join(20_000);
            assertThat(worker.isAlive()).as(worker.getName() + " finished").isFalse();
        }
        assertThat(unexpected).as("errors other than the connection dropping").isEmpty();
        System.out.printf("ServerKillTest: acknowledged %d writes before SIGKILL (%d SET keys, counters %s, list lengths %s)%n",
                acknowledged.get(), sets.size(), counters, lists);

        Process second = jar(env);
        try {
            awaitReady(second);
            try (Jedis j = new Jedis("127.0.0.1", port, 10_000)) {
                j.auth("kill:user", "pw");
                List<String> lost = new ArrayList<>();
                List<String> keys = new ArrayList<>(sets.keySet());
                for (int i = 0; i < keys.size(); i += 500) {
                    List<String> batch = keys.subList(i, Math.min(keys.size(), i + 500));
                    List<String> values = j.mget(batch.toArray(new String[0]));
                    for (int k = 0; k < batch.size(); k++) {
                        if (!sets.get(batch.get(k)).equals(values.get(k))) {
                            lost.add(batch.get(k) + "=" + values.get(k));
                        }
                    }
                }
                assertThat(lost).as("acknowledged SETs lost or changed").isEmpty();
                for (Map.Entry<String, Long> c : counters.entrySet()) {
                    String stored = j.get(c.getKey());
                    assertThat(stored).as(c.getKey()).isNotNull();
                    assertThat(Long.parseLong(stored)).as(c.getKey()).isGreaterThanOrEqualTo(c.getValue());
                }
                for (Map.Entry<String, Long> l : lists.entrySet()) {
                    long length = j.llen(l.getKey());
                    assertThat(length).as(l.getKey()).isGreaterThanOrEqualTo(l.getValue());
                    // the elements acknowledged are in order at the head: e0 .. e(len-1)
                    List<String> head = j.lrange(l.getKey(), 0, l.getValue() - 1);
                    for (int i = 0; i < head.size(); i++) {
                        assertThat(head.get(i)).as(l.getKey() + "[" + i + "]").isEqualTo("e" + i);
                    }
                }
                assertThat(j.set("kill:after", "1")).isEqualTo("OK");
            }
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process jar(Map<String, String> env) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("target").toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("REDIS_MYSQL_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits for the "is ready" line; output after that keeps draining in the background. */
    private static void awaitReady(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 90_000;
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
                return;
            }
        }
        throw new AssertionError("server did not become ready; output:\n" + seen);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
