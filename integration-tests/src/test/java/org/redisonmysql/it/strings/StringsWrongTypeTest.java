package org.redisonmysql.it.strings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys of another type, written straight into redis_key (no other family exists yet): WRONGTYPE
 * where Redis gives it, overwrite where SET overwrites, and an expired key of another type absent.
 */
class StringsWrongTypeTest {
    private static final String WRONGTYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";
    private static TestDatabase db;
    private static String database;
    private static TestServer server;

    @BeforeAll
    static void start() {
        db = TestDatabase.shared();
        database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("wt:user", "pw", database);
        server = TestServer.start(db.serverEnv(database));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A hash-typed row (type 1) for {@code key}, expired when {@code expiresAt} is in the past. */
    private static void otherType(String key, String expiresAt) {
        db.execute("DELETE FROM `" + database + "`.redis_key WHERE tenant = 'wt' AND db = 0 AND key_hash = UNHEX(SHA2('" + key + "', 256))",
                "INSERT INTO `" + database + "`.redis_key (tenant, db, key_hash, key_bytes, type, expires_at) VALUES ('wt', 0, UNHEX(SHA2('"
                        + key + "', 256)), '" + key + "', 1, " + expiresAt + ")");
    }

    private static String call(RawClient c, String... args) throws Exception {
        c.send(RawClient.command(args));
        return c.readReplyText();
    }

    @Test
    void commandsOnAnotherTypeAnswerAsRedis() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            assertThat(call(c, "AUTH", "wt:user", "pw")).isEqualTo("+OK\r\n");
            String[][] wrong = {
                    {"GET", "h"}, {"GETSET", "h", "v"}, {"GETDEL", "h"}, {"GETEX", "h"}, {"GETEX", "h", "PERSIST"},
                    {"APPEND", "h", "x"}, {"STRLEN", "h"}, {"GETRANGE", "h", "0", "1"}, {"GETRANGE", "h", "-1", "-5"},
                    {"SETRANGE", "h", "0", "x"}, {"SETRANGE", "h", "0", ""}, {"INCR", "h"}, {"DECRBY", "h", "2"},
                    {"INCRBY", "h", "2000000000000000000"}, {"INCRBYFLOAT", "h", "1"}, {"SET", "h", "v", "GET"}};
            for (String[] cmd : wrong) {
                otherType("h", "NULL");
                assertThat(call(c, cmd)).as(String.join(" ", cmd)).isEqualTo(WRONGTYPE);
            }
            otherType("h", "NULL");
            assertThat(call(c, "MGET", "h", "nokey")).isEqualTo("*2\r\n$-1\r\n$-1\r\n");
            assertThat(call(c, "LCS", "h", "nokey")).isEqualTo("-ERR The specified keys must contain string values\r\n");
            assertThat(call(c, "SETNX", "h", "v")).isEqualTo(":0\r\n");
            assertThat(call(c, "MSETNX", "h", "v", "other", "w")).isEqualTo(":0\r\n");
            assertThat(call(c, "SET", "h", "v", "NX")).isEqualTo("$-1\r\n");
            assertThat(call(c, "SET", "h", "v", "XX")).isEqualTo("+OK\r\n");
            assertThat(call(c, "GET", "h")).isEqualTo("$1\r\nv\r\n");
            for (String[] overwrite : new String[][] {{"SET", "h", "v"}, {"SET", "h", "v", "KEEPTTL"}, {"MSET", "h", "v", "x", "y"}}) {
                otherType("h", "NULL");
                assertThat(call(c, overwrite)).isEqualTo("+OK\r\n");
                assertThat(call(c, "GET", "h")).isEqualTo("$1\r\nv\r\n");
            }
            // An expired key of another type is absent to every write.
            String[][][] onExpired = {
                    {{"INCR", "h"}, {":1\r\n"}}, {{"APPEND", "h", "ab"}, {":2\r\n"}}, {{"SETRANGE", "h", "1", "x"}, {":2\r\n"}},
                    {{"SETNX", "h", "v"}, {":1\r\n"}}, {{"SET", "h", "v", "XX"}, {"$-1\r\n"}}, {{"GETSET", "h", "v"}, {"$-1\r\n"}},
                    {{"INCRBYFLOAT", "h", "1.5"}, {"$3\r\n1.5\r\n"}}, {{"MSETNX", "h", "v"}, {":1\r\n"}}, {{"GET", "h"}, {"$-1\r\n"}},
                    {{"SET", "h", "v"}, {"+OK\r\n"}}};
            for (String[][] cmd : onExpired) {
                otherType("h", "1");
                assertThat(call(c, cmd[0])).as(String.join(" ", cmd[0])).isEqualTo(cmd[1][0]);
            }
        }
    }
}
