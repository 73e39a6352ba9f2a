package org.redisonmysql.it.keys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCAN's guarantee under concurrent writes from another instance: every key present for the
 * whole iteration is returned, and the iteration ends.
 */
class ScanStabilityTest {
    private static TestServer scanner;
    private static TestServer writer;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("scan:user", "pw", database);
        Map<String, String> env = db.serverEnv(database);
        scanner = TestServer.start(env);
        writer = TestServer.start(env);
    }

    @AfterAll
    static void stop() {
        scanner.close();
        writer.close();
    }

    private static Jedis client(TestServer s) {
        Jedis j = new Jedis("127.0.0.1", s.port());
        j.auth("scan:user", "pw");
        return j;
    }

    @Test
    void keysPresentThroughoutAreAllReturnedWhileOthersComeAndGo() throws Exception {
        Set<String> stable = new HashSet<>();
        try (Jedis setup = client(writer)) {
            Pipeline p = setup.pipelined();
            for (int i = 0; i < 600; i++) {
                p.set("stable:" + i, "v");
                stable.add("stable:" + i);
                p.set("churn:" + i, "v"); // some of these are deleted during the scan
            }
            p.sync();
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        Thread churn = new Thread(() -> {
            try (Jedis w = client(writer)) {
                int n = 0;
                while (!stop.get()) {
                    w.set("new:" + n, "v");
                    w.del("churn:" + n);
                    w.rename("new:" + n, "renamed:" + n);
                    n++;
                    writes.incrementAndGet();
                }
            }
        });
        churn.start();
        Set<String> seen = new HashSet<>();
        int calls = 0;
        try (Jedis s = client(scanner)) {
            String cursor = "0";
            do {
                ScanResult<String> r = s.scan(cursor, new ScanParams().count(13));
                seen.addAll(r.getResult());
                cursor = r.getCursor();
                calls++;
                assertThat(calls).as("scan calls").isLessThan(5000);
            } while (!cursor.equals("0"));
        } finally {
            stop.set(true);
            churn.join();
        }
        assertThat(writes.get()).as("concurrent writes happened").isPositive();
        assertThat(seen).containsAll(stable);
        // with MATCH and TYPE the walk is the same, only filtered
        Set<String> matched = new HashSet<>();
        try (Jedis s = client(scanner)) {
            String cursor = "0";
            do {
                ScanResult<String> r = s.scan(cursor, new ScanParams().count(50).match("stable:*"), "string");
                matched.addAll(r.getResult());
                cursor = r.getCursor();
            } while (!cursor.equals("0"));
        }
        assertThat(matched).isEqualTo(stable);
    }
}
