package org.redisonmysql.it.keys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;
import org.redisonmysql.it.differential.RealRedis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random command sequences over a small key space (a few keys, three databases), sent to
 * real Redis 7 and to this server, replies compared byte for byte. TTL answers are compared
 * allowing one second of difference, since the two servers see slightly different clocks; every
 * other reply must be identical.
 */
class KeysRandomDifferentialTest {
    private static final String[] KEYS = {"k0", "k1", "k2", "k3", "k4"};
    private static TestServer server;
    private static String user;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        user = "keysrandom:user";
        db.createUser(user, "pw", database);
        server = TestServer.start(db.serverEnv(database));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomSequencesMatchRedis(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> mismatches = new ArrayList<>();
        try (RawClient redis = new RawClient(RealRedis.shared().port()); RawClient ours = new RawClient(server.port())) {
            redis.send(RawClient.command("FLUSHALL"));
            redis.readReply();
            ours.send(RawClient.command("AUTH", user, "pw"));
            assertThat(ours.readReplyText()).isEqualTo("+OK\r\n");
            for (int db = 0; db < 3; db++) {
                // start both sides empty: this server's tenant may hold keys of an earlier seed
                ours.send(RawClient.command("SELECT", String.valueOf(db)));
                ours.readReply();
                ours.send(RawClient.command("KEYS", "*"));
                List<String> left = bulks(ours.readReplyText());
                if (!left.isEmpty()) {
                    String[] del = new String[left.size() + 1];
                    del[0] = "DEL";
                    for (int i = 0; i < left.size(); i++) {
                        del[i + 1] = left.get(i);
                    }
                    ours.send(RawClient.command(del));
                    ours.readReply();
                }
            }
            ours.send(RawClient.command("SELECT", "0"));
            ours.readReply();
            for (int i = 0; i < 400; i++) {
                String[] cmd = next(random);
                byte[] frame = RawClient.command(cmd);
                redis.send(frame);
                ours.send(frame);
                String expected = redis.readReplyText();
                String actual = ours.readReplyText();
                if (!equivalent(cmd[0], expected, actual)) {
                    mismatches.add(String.join(" ", cmd) + "\n    redis: " + expected.replace("\r\n", "\\r\\n")
                            + "\n    ours:  " + actual.replace("\r\n", "\\r\\n"));
                }
            }
        }
        assertThat(mismatches).as("replies that differ from Redis 7 (seed " + seed + ")").isEmpty();
    }

    private static boolean equivalent(String command, String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (command.equals("TTL") && expected.startsWith(":") && actual.startsWith(":")) {
            long e = Long.parseLong(expected.substring(1).trim());
            long a = Long.parseLong(actual.substring(1).trim());
            return e >= 0 && a >= 0 && Math.abs(e - a) <= 1;
        }
        if (command.equals("KEYS")) {
            List<String> e = bulks(expected);
            List<String> a = bulks(actual);
            e.sort(null);
            a.sort(null);
            return e.equals(a);
        }
        return false;
    }

    private static List<String> bulks(String reply) {
        List<String> out = new ArrayList<>();
        String[] lines = reply.split("\r\n");
        for (int i = 1; i < lines.length; i += 2) {
            out.add(lines[i + 1]);
        }
        return out;
    }

    private static String[] next(Random r) {
        String k = KEYS[r.nextInt(KEYS.length)];
        String k2 = KEYS[r.nextInt(KEYS.length)];
        return switch (r.nextInt(16)) {
            case 0, 1 -> new String[] {"SET", k, "v" + r.nextInt(100)};
            case 2 -> new String[] {"DEL", k, k2};
            case 3 -> new String[] {"EXISTS", k, k2, k};
            case 4 -> new String[] {"TYPE", k};
            case 5 -> new String[] {"RENAME", k, k2};
            case 6 -> new String[] {"RENAMENX", k, k2};
            case 7 -> new String[] {"EXPIRE", k, String.valueOf(100_000 + r.nextInt(100_000)),
                    new String[] {"NX", "XX", "GT", "LT", "XX"}[r.nextInt(5)]};
            case 8 -> new String[] {"EXPIRE", k, String.valueOf(100_000 + r.nextInt(100_000))};
            case 9 -> new String[] {"PERSIST", k};
            case 10 -> new String[] {"TTL", k};
            case 11 -> r.nextBoolean() ? new String[] {"COPY", k, k2}
                    : new String[] {"COPY", k, k2, "DB", String.valueOf(r.nextInt(3)), "REPLACE"};
            case 12 -> new String[] {"MOVE", k, String.valueOf(r.nextInt(3))};
            case 13 -> new String[] {"SELECT", String.valueOf(r.nextInt(3))};
            case 14 -> new String[] {"GET", k};
            default -> new String[] {"KEYS", "*"};
        };
    }

}
