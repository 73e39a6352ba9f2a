package org.redisonmysql.it.keys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expiry is the database's, not an instance's: a TTL set through one instance ends the key on
 * every instance at the same millisecond, and the cleanup job leaves no expired row behind.
 */
class ExpiryAcrossInstancesTest {
    private static TestDatabase db;
    private static String database;
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        db = TestDatabase.shared();
        database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("expiry:user", "pw", database);
        Map<String, String> env = db.serverEnv(database);
        env.put("REDIS_MYSQL_EXPIRE_CLEANUP_INTERVAL_SECS", "3600"); // the test runs the job itself
        env.put("REDIS_MYSQL_EXPIRE_CLEANUP_BATCH", "7"); // several batches per run
        first = TestServer.start(env);
        second = TestServer.start(env);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static Jedis client(TestServer s) {
        Jedis j = new Jedis("127.0.0.1", s.port());
        j.auth("expiry:user", "pw");
        return j;
    }

    @Test
    void aKeyExpiresOnEveryInstanceAndTheJobRemovesItsRow() throws Exception {
        try (Jedis a = client(first); Jedis b = client(second)) {
            a.set("short", "v");
            a.set("long", "v");
            a.set("forever", "v");
            for (int i = 0; i < 30; i++) {
                a.set("bulk" + i, "v");
                a.pexpire("bulk" + i, 300);
            }
            assertThat(a.pexpire("short", 300)).isEqualTo(1);
            assertThat(a.expire("long", 100_000)).isEqualTo(1);
            assertThat(b.exists("short")).isTrue();
            assertThat(b.pttl("short")).isBetween(1L, 300L);
            assertThat(b.ttl("long")).isEqualTo(100_000);

            Thread.sleep(450);

            for (Jedis j : new Jedis[] {a, b}) {
                assertThat(j.exists("short")).isFalse();
                assertThat(j.get("short")).isNull();
                assertThat(j.ttl("short")).isEqualTo(-2);
                assertThat(j.type("short")).isEqualTo("none");
                assertThat(j.keys("*")).containsExactlyInAnyOrder("long", "forever");
                assertThat(j.scan("0", new ScanParams().count(1000)).getResult()).containsExactlyInAnyOrder("long", "forever");
                assertThat(j.expire("short", 100)).isZero();
                assertThat(j.persist("short")).isZero();
            }
            // a write over an expired key starts afresh
            assertThat(b.get("bulk0")).isNull();
            b.set("bulk0", "again");
            assertThat(a.get("bulk0")).isEqualTo("again");
            assertThat(a.ttl("bulk0")).isEqualTo(-1);
            // the views hide expired rows even before the job runs
            assertThat(count("SELECT COUNT(*) FROM v_key WHERE tenant = 'expiry'")).isEqualTo(3);
            assertThat(count("SELECT COUNT(*) FROM v_string WHERE tenant = 'expiry' AND value_text = 'again'"))
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM v_key WHERE tenant = 'expiry' AND key_text = 'long'"
                    + " AND type = 'string' AND ttl_ms > 0 AND expires_at IS NOT NULL")).isEqualTo(1);
            assertThat(expiredRows()).isEqualTo(30);

            first.server().runExpiryCleanup();
            assertThat(expiredRows()).isZero();
            assertThat(count("SELECT COUNT(*) FROM redis_key WHERE tenant = 'expiry'")).isEqualTo(3);
            assertThat(b.keys("*")).containsExactlyInAnyOrder("long", "forever", "bulk0");
        }
    }

    private static long expiredRows() throws SQLException {
        return count("SELECT COUNT(*) FROM redis_key WHERE expires_at <= "
                + System.currentTimeMillis());
    }

    /** Test-only SQL as the admin account, straight over JDBC. */
    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/" + database
                + "?allowPublicKeyRetrieval=true", db.adminUser(), db.adminPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
