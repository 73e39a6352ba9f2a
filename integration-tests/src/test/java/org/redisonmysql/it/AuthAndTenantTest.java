package org.redisonmysql.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The original proxy's AUTH and tenant rules, end to end with Jedis and raw RESP. */
class AuthAndTenantTest {
    private static TestDatabase db;
    private static String database;
    private static TestServer server;

    @BeforeAll
    static void start() {
        db = TestDatabase.shared();
        database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("tenantA:alice", "alice-pw", database);
        db.createUser("tenantA:carol", "carol-pw", database);
        db.createUser("tenantB:bob", "bob-pw", database);
        db.createUser("plainuser", "plain-pw", database);
        server = TestServer.start(db.serverEnv(database));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Jedis as(String user, String password) {
        Jedis j = new Jedis("127.0.0.1", server.port());
        j.auth(user, password);
        return j;
    }

    @Test
    void dataCommandsBeforeAuthAnswerNoauth() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("GET", "k"));
            assertThat(c.readReplyText()).isEqualTo("-NOAUTH Authentication required.\r\n");
            c.send(RawClient.command("PING"));
            assertThat(c.readReplyText()).isEqualTo("-NOAUTH Authentication required.\r\n");
            c.send(RawClient.command("GET"));
            assertThat(c.readReplyText()).isEqualTo("-ERR wrong number of arguments for 'get' command\r\n");
        }
    }

    @Test
    void wrongPasswordIsRejectedWithWrongpass() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("AUTH", "tenantA:alice", "not-the-password"));
            assertThat(c.readReplyText()).isEqualTo("-WRONGPASS invalid username-password pair or user is disabled.\r\n");
            c.send(RawClient.command("AUTH", "no-such-user", "x"));
            assertThat(c.readReplyText()).isEqualTo("-WRONGPASS invalid username-password pair or user is disabled.\r\n");
            c.send(RawClient.command("GET", "k"));
            assertThat(c.readReplyText()).isEqualTo("-NOAUTH Authentication required.\r\n");
        }
    }

    @Test
    void authWithUserAndPasswordAndTheSingleArgumentForm() throws Exception {
        try (Jedis alice = as("tenantA:alice", "alice-pw")) {
            assertThat(alice.ping()).isEqualTo("PONG");
        }
        try (RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("AUTH", "tenantA:alice:alice-pw"));
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            c.send(RawClient.command("PING"));
            assertThat(c.readReplyText()).isEqualTo("+PONG\r\n");
        }
    }

    @Test
    void tenantsNeverSeeEachOthersKeys() {
        try (Jedis alice = as("tenantA:alice", "alice-pw"); Jedis bob = as("tenantB:bob", "bob-pw");
                Jedis carol = as("tenantA:carol", "carol-pw")) {
            alice.set("shared-name", "from-A");
            assertThat(bob.get("shared-name")).isNull();
            assertThat(bob.exists("shared-name")).isFalse();
            assertThat(bob.keys("*")).doesNotContain("shared-name");
            assertThat(bob.del("shared-name")).isZero();
            bob.set("shared-name", "from-B");
            assertThat(alice.get("shared-name")).isEqualTo("from-A");
            assertThat(bob.get("shared-name")).isEqualTo("from-B");
            // Same tenant, another user: same keyspace.
            assertThat(carol.get("shared-name")).isEqualTo("from-A");
        }
    }

    @Test
    void usernameWithoutTenantPrefixIsItsOwnTenantByDefault() {
        try (Jedis plain = as("plainuser", "plain-pw"); Jedis alice = as("tenantA:alice", "alice-pw")) {
            plain.set("plain-key", "v");
            assertThat(plain.get("plain-key")).isEqualTo("v");
            assertThat(alice.get("plain-key")).isNull();
        }
    }

    @Test
    void selectPicksALogicalDatabase() {
        try (Jedis alice = as("tenantA:alice", "alice-pw")) {
            alice.select(1);
            alice.set("db1-key", "one");
            alice.select(0);
            assertThat(alice.get("db1-key")).isNull();
            alice.select(1);
            assertThat(alice.get("db1-key")).isEqualTo("one");
            assertThatThrownBy(() -> alice.select(16)).isInstanceOf(JedisDataException.class)
                    .hasMessage("ERR DB index is out of range");
        }
    }

    @Test
    void helloAuthenticatesAndSwitchesProtocol() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("HELLO", "3"));
            assertThat(c.readReplyText()).startsWith("-NOAUTH HELLO must be called with the client already authenticated");
            c.send(RawClient.command("HELLO", "3", "AUTH", "tenantA:alice", "alice-pw", "SETNAME", "it"));
            String reply = c.readReplyText();
            assertThat(reply).startsWith("%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n").contains("$5\r\nproto\r\n:3\r\n");
            c.send(RawClient.command("GET", "no-such-key-hello"));
            assertThat(c.readReplyText()).isEqualTo("_\r\n");
        }
    }

    @Test
    void dataSurvivesAServerRestart() {
        try (Jedis alice = as("tenantA:alice", "alice-pw")) {
            alice.set("durable", "yes");
        }
        try (TestServer second = TestServer.start(db.serverEnv(database));
                Jedis alice = new Jedis("127.0.0.1", second.port())) {
            alice.auth("tenantA:alice", "alice-pw");
            assertThat(alice.get("durable")).isEqualTo("yes");
        }
    }

    @Test
    void noMatchPolicyRejectOrLiteralTenant() {
        Map<String, String> reject = db.serverEnv(database);
        reject.put("REDIS_MYSQL_TENANT_NO_MATCH", "reject");
        try (TestServer s = TestServer.start(reject); Jedis j = new Jedis("127.0.0.1", s.port())) {
            assertThatThrownBy(() -> j.auth("plainuser", "plain-pw")).isInstanceOf(JedisDataException.class)
                    .hasMessageStartingWith("WRONGPASS");
            assertThat(j.auth("tenantA:alice", "alice-pw")).isEqualTo("OK");
        }
        Map<String, String> literal = db.serverEnv(database);
        literal.put("REDIS_MYSQL_TENANT_NO_MATCH", "tenantA");
        try (TestServer s = TestServer.start(literal); Jedis plain = new Jedis("127.0.0.1", s.port());
                Jedis alice = as("tenantA:alice", "alice-pw")) {
            plain.auth("plainuser", "plain-pw");
            alice.set("literal-tenant-key", "A");
            assertThat(plain.get("literal-tenant-key")).isEqualTo("A");
        }
    }
}
