package org.redisonmysql.it.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.redisonmysql.it.DebianMariaDb;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's mariadbd, run by the test, goes down twice while 8 clients write: first a clean
 * shutdown (SIGTERM), then a crash (SIGKILL, so the next start runs InnoDB's crash recovery); each
 * time it is started again on the same data directory and port. No call hangs past the pool's
 * connect timeout plus a margin, every failure is the documented "database unavailable" error or a
 * connection-level error, the server recovers by itself, and every SET acknowledged with OK before,
 * during and after the outages (the ledger) is still there afterwards, through the server and in
 * MySQL itself.
 */
class DatabaseRestartUnderLoadTest {
    private static final int THREADS = 8;
    private static final int MAX_OPS_PER_THREAD = 50_000;
    private static final long CONNECT_TIMEOUT_MS = 1_000;
    /** Allowed on top of the connect timeout: statement retry, scheduling on 2 shared cores, GC. */
    private static final long MARGIN_MS = 4_000;
    private static final String UNAVAILABLE = "ERR database unavailable, try again later";

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void acknowledgedWritesSurviveADatabaseRestartAndNoCallHangs() throws Exception {
        DebianMariaDb db = DebianMariaDb.installAndStart();
        String database = "restart_load";
        db.execute("CREATE DATABASE `" + database + "`",
                "CREATE USER 'restart:user'@'127.0.0.1' IDENTIFIED BY 'pw'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO 'restart:user'@'127.0.0.1'");
        Map<String, String> env = new HashMap<>();
        env.put("REDIS_MYSQL_ADDR", "127.0.0.1:" + db.port());
        env.put("REDIS_MYSQL_DATABASE", database);
        env.put("REDIS_MYSQL_USER", db.adminUser());
        env.put("REDIS_MYSQL_PASSWORD", db.adminPassword());
        env.put("REDIS_MYSQL_MIGRATE_ON_START", "true");
        env.put("REDIS_MYSQL_BIND", "127.0.0.1:0");
        env.put("REDIS_MYSQL_POOL_CONNECT_TIMEOUT_MS", String.valueOf(CONNECT_TIMEOUT_MS));

        Map<String, String> ledger = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong maxCallMs = new AtomicLong();
        AtomicReference<String> slowestCall = new AtomicReference<>("");
        AtomicLong unavailableErrors = new AtomicLong();
        AtomicLong connectionErrors = new AtomicLong();
        AtomicLong lastOkNanos = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();

        try (TestServer server = TestServer.start(env)) {
            int port = server.port();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    Jedis j = null;
                    for (int n = 0; n < MAX_OPS_PER_THREAD && !stop.get(); n++) {
                        String key = "ledger:" + thread + ":" + n;
                        long started = System.nanoTime();
                        String step = "connect";
                        try {
                            if (j == null) {
                                j = new Jedis("127.0.0.1", port, 10_000);
                                step = "AUTH";
                                j.auth("restart:user", "pw");
                            }
                            step = "SET " + key;
                            String reply = j.set(key, String.valueOf(n));
                            if ("OK".equals(reply)) {
                                ledger.put(key, String.valueOf(n));
                                lastOkNanos.set(System.nanoTime());
                            } else {
                                unexpected.add(step + " -> " + reply);
                            }
                        } catch (JedisDataException e) {
                            if (UNAVAILABLE.equals(e.getMessage())) {
                                unavailableErrors.incrementAndGet();
                            } else {
                                unexpected.add(step + " -> " + e);
                            }
                            pause();
                        } catch (JedisConnectionException e) {
                            connectionErrors.incrementAndGet();
                            if (j != null) {
                                j.close();
                                j = null;
                            }
                            pause();
                        } catch (RuntimeException e) {
                            unexpected.add(step + " -> " + e);
                            pause();
                        } finally {
                            long ms = (System.nanoTime() - started) / 1_000_000;
                            synchronized (maxCallMs) {
                                if (ms > maxCallMs.get()) {
                                    maxCallMs.set(ms);
                                    slowestCall.set(step + " (" + ms + " ms)");
                                }
                            }
                        }
                    }
                    if (j != null) {
                        j.close();
                    }
                }, "ledger-writer-" + t);
                worker.start();
                threads.add(worker);
            }

            Thread.sleep(3_000);
            int beforeOutage = ledger.size();
            assertThat(beforeOutage).as("acknowledged writes before the outage").isPositive();

            String graceful = outage("SIGTERM", db::stop, db::start, lastOkNanos);
            long errorsAfterFirst = unavailableErrors.get() + connectionErrors.get();
            assertThat(errorsAfterFirst).as("clients got errors while mariadbd was down").isPositive();
            Thread.sleep(2_000);
            String crash = outage("SIGKILL", db::kill, db::start, lastOkNanos);
            assertThat(unavailableErrors.get() + connectionErrors.get()).as("clients got errors during the crash")
                    .isGreaterThan(errorsAfterFirst);

            Thread.sleep(2_000);
            stop.set(true);
            for (Thread worker : threads) {
                worker.join(30_000);
                assertThat(worker.isAlive()).as(worker.getName() + " finished").isFalse();
            }

            System.out.printf("DatabaseRestartUnderLoadTest: acknowledged=%d (before the outages %d), unavailable errors=%d, "
                            + "connection errors=%d, max call=%d ms [%s]; %s; %s%n",
                    ledger.size(), beforeOutage, unavailableErrors.get(), connectionErrors.get(), maxCallMs.get(),
                    slowestCall.get(), graceful, crash);

            assertThat(unexpected).as("replies other than OK / database unavailable / connection errors").isEmpty();
            assertThat(maxCallMs.get()).as("slowest call (ms): " + slowestCall.get())
                    .isLessThan(CONNECT_TIMEOUT_MS + MARGIN_MS);

            // Every acknowledged key, through the server...
            List<String> keys = new ArrayList<>(ledger.keySet());
            try (Jedis j = new Jedis("127.0.0.1", port, 10_000)) {
                j.auth("restart:user", "pw");
                List<String> missing = new ArrayList<>();
                for (int i = 0; i < keys.size(); i += 500) {
                    List<String> batch = keys.subList(i, Math.min(keys.size(), i + 500));
                    List<String> values = j.mget(batch.toArray(new String[0]));
                    for (int k = 0; k < batch.size(); k++) {
                        if (!ledger.get(batch.get(k)).equals(values.get(k))) {
                            missing.add(batch.get(k) + "=" + values.get(k));
                        }
                    }
                }
                assertThat(missing).as("acknowledged keys lost or changed (through the server)").isEmpty();
                assertThat(j.set("after:check", "1")).isEqualTo("OK");
            }

            // ...and in MySQL itself, with admin JDBC.
            Map<String, String> stored = new HashMap<>();
            try (Connection c = db.admin();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT key_bytes, str_value FROM `" + database + "`.redis_key WHERE db = 0 AND type = 0")) {
                while (rs.next()) {
                    stored.put(new String(rs.getBytes(1), UTF_8), new String(rs.getBytes(2), UTF_8));
                }
            }
            List<String> lost = new ArrayList<>();
            ledger.forEach((k, v) -> {
                if (!v.equals(stored.get(k))) {
                    lost.add(k + "=" + stored.get(k));
                }
            });
            assertThat(lost).as("acknowledged keys lost or changed (in redis_key)").isEmpty();
        } finally {
            stop.set(true);
            for (Thread worker : threads) {
                worker.join(15_000);
            }
            db.close();
        }
    }

    /**
     * Takes mariadbd down ({@code down}), keeps it down for 3 s, starts it again and waits for the
     * first write acknowledged after that; returns the timings.
     */
    private static String outage(String how, Runnable down, Runnable up, AtomicLong lastOkNanos) throws InterruptedException {
        long stopStarted = System.nanoTime();
        down.run();
        long stopMs = (System.nanoTime() - stopStarted) / 1_000_000;
        Thread.sleep(3_000);
        long restartStarted = System.nanoTime();
        up.run();
        long restarted = System.nanoTime();
        long restartMs = (restarted - restartStarted) / 1_000_000;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lastOkNanos.get() < restarted && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(lastOkNanos.get()).as("a write acknowledged after the restart following " + how).isGreaterThan(restarted);
        long recoveryMs = (lastOkNanos.get() - restarted) / 1_000_000;
        return how + ": down in " + stopMs + " ms, up in " + restartMs + " ms, first OK " + recoveryMs + " ms later";
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
