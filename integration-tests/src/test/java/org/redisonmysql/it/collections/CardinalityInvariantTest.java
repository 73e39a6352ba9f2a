package org.redisonmysql.it.collections;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.SafeEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * redis_key.card is kept by every write instead of counted: after a seeded random mix of writes on
 * hashes, lists, sets and sorted sets (stores, moves, pops, blocking pops, COPY/RENAME/MOVE, expiries)
 * from clients on two instances at once, every key row's card must equal the real number of its
 * child rows, read straight from the database, and no collection row may be left without members.
 */
class CardinalityInvariantTest {
    private static final long SEED = 20261121L;
    private static final int WORKERS = 4;
    private static final int OPS_PER_WORKER = 400;
    private static final String[] HASHES = {"h0", "h1", "h2"};
    private static final String[] LISTS = {"l0", "l1", "l2"};
    private static final String[] SETS = {"s0", "s1", "s2"};
    private static final String[] ZSETS = {"z0", "z1", "z2"};

    @Test
    void everyKeyRowsCountEqualsItsRows() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("card:user", "pw", database);
        AtomicLong commands = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        try (TestServer first = TestServer.start(db.serverEnv(database));
                TestServer second = TestServer.start(db.serverEnv(database))) {
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                TestServer server = w % 2 == 0 ? first : second;
                Random random = new Random(SEED + w);
                tasks.add(pool.submit(() -> {
                    try (Jedis j = new Jedis("127.0.0.1", server.port(), 30_000)) {
                        j.auth("card:user", "pw");
                        for (int i = 0; i < OPS_PER_WORKER; i++) {
                            String[] command = randomCommand(random);
                            try {
                                j.sendCommand(() -> SafeEncoder.encode(command[0]), java.util.Arrays.copyOfRange(command, 1, command.length));
                            } catch (JedisDataException e) {
                                errors.incrementAndGet(); // WRONGTYPE and friends: keys change type under RENAME/COPY
                            }
                            commands.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdownNow();
        }
        System.out.println("cardinality invariant: " + commands.get() + " commands, " + errors.get() + " errors");

        String url = "jdbc:mysql://127.0.0.1:" + db.port() + "/" + database + "?allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(url, db.adminUser(), db.adminPassword())) {
            List<String> collections = rows(c, "SELECT CONCAT(db, '/', CONVERT(key_bytes USING utf8mb4), ' type ', type, ' card ', card)"
                    + " FROM redis_key WHERE type IN (1, 2, 3, 4) ORDER BY db, key_bytes");
            List<String> real = rows(c, "SELECT CONCAT(k.db, '/', CONVERT(k.key_bytes USING utf8mb4), ' type ', k.type, ' card ', "
                    + " CASE k.type WHEN 1 THEN (SELECT COUNT(*) FROM redis_hash_field x WHERE x.key_id = k.id)"
                    + "             WHEN 2 THEN (SELECT COUNT(*) FROM redis_list_item x WHERE x.key_id = k.id)"
                    + "             WHEN 3 THEN (SELECT COUNT(*) FROM redis_set_member x WHERE x.key_id = k.id)"
                    + "             ELSE (SELECT COUNT(*) FROM redis_zset_member x WHERE x.key_id = k.id) END)"
                    + " FROM redis_key k WHERE k.type IN (1, 2, 3, 4) ORDER BY k.db, k.key_bytes");
            System.out.println("cardinality invariant: key rows " + collections);
            // Enough survives the mix for the comparison to mean something, of every type.
            assertThat(collections).hasSizeGreaterThanOrEqualTo(6);
            for (int type = 1; type <= 4; type++) {
                String t = " type " + type + " ";
                assertThat(collections).anyMatch(r -> r.contains(t));
            }
            assertThat(collections).isEqualTo(real);
            assertThat(collections).noneMatch(r -> r.endsWith(" card 0"));
            // Children of another type than their key row's would escape the per-type counts above.
            assertThat(rows(c, "SELECT COUNT(*) FROM redis_hash_field x JOIN redis_key k ON k.id = x.key_id WHERE k.type <> 1"
                    + " UNION ALL SELECT COUNT(*) FROM redis_list_item x JOIN redis_key k ON k.id = x.key_id WHERE k.type <> 2"
                    + " UNION ALL SELECT COUNT(*) FROM redis_set_member x JOIN redis_key k ON k.id = x.key_id WHERE k.type <> 3"
                    + " UNION ALL SELECT COUNT(*) FROM redis_zset_member x JOIN redis_key k ON k.id = x.key_id WHERE k.type <> 4"))
                    .containsExactly("0", "0", "0", "0");
        }
    }

    /** One write (or, rarely, a read that serves a blocking pop) on a small keyspace, so that clients collide. */
    private static String[] randomCommand(Random r) {
        String h = pick(r, HASHES), l = pick(r, LISTS), s = pick(r, SETS), z = pick(r, ZSETS);
        String v = "m" + r.nextInt(12);
        String n = Integer.toString(1 + r.nextInt(3));
        return switch (r.nextInt(46)) {
            case 0, 1 -> new String[] {"HSET", h, v, "x", "m" + r.nextInt(12), "y"};
            case 2 -> new String[] {"HSETNX", h, v, "x"};
            case 3, 4 -> new String[] {"HDEL", h, v, "m" + r.nextInt(12)};
            case 5 -> new String[] {"HINCRBY", h, v, "2"};
            case 6 -> new String[] {"HINCRBYFLOAT", h, "f" + r.nextInt(3), "1.5"};
            case 7, 8 -> new String[] {"LPUSH", l, v, "m" + r.nextInt(12)};
            case 9 -> new String[] {"RPUSH", l, v};
            case 10 -> new String[] {"LPUSHX", l, v};
            case 11 -> new String[] {r.nextBoolean() ? "LPOP" : "RPOP", l, n};
            case 12 -> new String[] {"LINSERT", l, r.nextBoolean() ? "BEFORE" : "AFTER", v, "ins"};
            case 13 -> new String[] {"LREM", l, Integer.toString(r.nextInt(5) - 2), v};
            case 14 -> new String[] {"LTRIM", l, Integer.toString(r.nextInt(3)), Integer.toString(r.nextInt(12) - 4)};
            case 15 -> new String[] {"LMOVE", l, pick(r, LISTS), "LEFT", "RIGHT"};
            case 16 -> new String[] {"RPOPLPUSH", l, pick(r, LISTS)};
            case 17 -> new String[] {"BLMPOP", "0.01", "2", l, pick(r, LISTS), "RIGHT", "COUNT", n};
            case 18 -> new String[] {"SORT", pick(r, LISTS), "ALPHA", "LIMIT", "0", "5", "STORE", l};
            case 19, 20 -> new String[] {"SADD", s, v, "m" + r.nextInt(12)};
            case 21 -> new String[] {"SREM", s, v, "m" + r.nextInt(12)};
            case 22 -> r.nextBoolean() ? new String[] {"SPOP", s} : new String[] {"SPOP", s, n};
            case 23 -> new String[] {"SMOVE", s, pick(r, SETS), v};
            case 24 -> new String[] {pick(r, new String[] {"SINTERSTORE", "SUNIONSTORE", "SDIFFSTORE"}), s, pick(r, SETS), pick(r, SETS)};
            case 25, 26 -> new String[] {"ZADD", z, Integer.toString(r.nextInt(20)), v, Integer.toString(r.nextInt(20)), "m" + r.nextInt(12)};
            case 27 -> new String[] {"ZADD", z, pick(r, new String[] {"NX", "XX", "GT", "LT"}), "CH", Integer.toString(r.nextInt(20)), v};
            case 28 -> new String[] {"ZINCRBY", z, "1", v};
            case 29 -> new String[] {"ZREM", z, v, "m" + r.nextInt(12)};
            case 30 -> new String[] {r.nextBoolean() ? "ZPOPMIN" : "ZPOPMAX", z, n};
            case 31 -> new String[] {"ZREMRANGEBYRANK", z, "0", Integer.toString(r.nextInt(3))};
            case 32 -> new String[] {"ZREMRANGEBYSCORE", z, "0", Integer.toString(r.nextInt(6))};
            case 33 -> new String[] {"ZREMRANGEBYLEX", z, "[m1", "(m3"};
            case 34 -> new String[] {pick(r, new String[] {"ZUNIONSTORE", "ZINTERSTORE", "ZDIFFSTORE"}), z, "2", pick(r, ZSETS), pick(r, ZSETS)};
            case 35 -> new String[] {"ZRANGESTORE", z, pick(r, ZSETS), "0", Integer.toString(r.nextInt(6))};
            case 36 -> new String[] {"ZMPOP", "2", z, pick(r, ZSETS), "MIN", "COUNT", n};
            case 37 -> new String[] {"BZPOPMIN", z, "0.01"};
            case 38 -> new String[] {"GEOADD", z, "13." + r.nextInt(10), "38." + r.nextInt(10), v};
            case 39 -> new String[] {"GEOSEARCHSTORE", z, pick(r, ZSETS), "FROMLONLAT", "13.5", "38.5", "BYRADIUS", "200", "km"};
            case 40 -> new String[] {"COPY", pick(r, all(r)), pick(r, all(r)), "REPLACE"};
            case 41 -> new String[] {"RENAME", pick(r, all(r)), pick(r, all(r))};
            case 42 -> new String[] {"MOVE", pick(r, all(r)), "1"};
            case 43 -> new String[] {"DEL", pick(r, all(r))};
            case 44 -> new String[] {"PEXPIRE", pick(r, all(r)), Integer.toString(1 + r.nextInt(30))};
            default -> new String[] {"LSET", l, "0", v};
        };
    }

    private static String[] all(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> HASHES;
            case 1 -> LISTS;
            case 2 -> SETS;
            default -> ZSETS;
        };
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
