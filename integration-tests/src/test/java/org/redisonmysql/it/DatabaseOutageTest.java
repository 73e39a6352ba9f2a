package org.redisonmysql.it;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that goes down: a clear error within the connect timeout, never a hang, and recovery. */
class DatabaseOutageTest {

    @Test
    void errorsWhileDownAndRecoversByItself() throws Exception {
        TestDatabase db = TestDatabase.startNew(0);
        String database = "outage";
        db.createDatabase(database);
        db.createUser("outage:user", "pw", database);
        Map<String, String> env = db.serverEnv(database);
        env.put("REDIS_MYSQL_POOL_CONNECT_TIMEOUT_MS", "1000");
        try (TestServer server = TestServer.start(env); Jedis j = new Jedis("127.0.0.1", server.port(), 30_000)) {
            j.auth("outage:user", "pw");
            j.set("before", "1");

            db.stop();
            long started = System.nanoTime();
            assertThatThrownBy(() -> j.get("before")).isInstanceOf(JedisDataException.class)
                    .hasMessage("ERR database unavailable, try again later");
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms until the error").isLessThan(10_000);
            assertThatThrownBy(() -> j.set("during", "x")).isInstanceOf(JedisDataException.class)
                    .hasMessage("ERR database unavailable, try again later");

            TestDatabase again = db.restart();
            try {
                String value = null;
                long deadline = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < deadline) {
                    try {
                        value = j.get("before");
                        break;
                    } catch (JedisDataException stillDown) {
                        Thread.sleep(200);
                    }
                }
                assertThat(value).isEqualTo("1");
                assertThat(j.set("after", "2")).isEqualTo("OK");
            } finally {
                again.stop();
            }
        }
    }
}
