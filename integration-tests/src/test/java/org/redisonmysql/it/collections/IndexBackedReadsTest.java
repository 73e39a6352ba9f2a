package org.redisonmysql.it.collections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.server.RedisOnMySql;
import org.redisonmysql.server.config.ConfigLoader;
import org.redisonmysql.server.dispatch.CurrentCommand;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ZRangeParams;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads and pops that must not scan a collection (ZRANK, ZRANGE by rank or score, LINDEX and
 * LRANGE near either end, LPOP/RPOP, ZPOPMIN, the length commands) are index-backed: each
 * statement they issue, captured as jOOQ renders it for MariaDB with its values inlined, is run again
 * under MariaDB's ANALYZE (which executes it and reports the rows really read per table) inside a
 * transaction that is rolled back, against collections of 5,000 members. No member table may be
 * read with a full scan, and no statement may read more than a few hundred of its rows.
 */
class IndexBackedReadsTest {
    private static final int MEMBERS = 5_000;
    /** ZRANK's first bounded count reads up to 256 index entries; everything else reads a handful. */
    private static final long MAX_ROWS_READ = 600;
    private static final Set<String> MEMBER_TABLES = Set.of("redis_list_item", "redis_zset_member", "redis_hash_field", "redis_set_member");
    private static final Settings INLINED = new Settings().withParamType(ParamType.INLINED).withRenderSchema(false);

    private final Map<String, Set<String>> statements = new LinkedHashMap<>();
    private volatile boolean recording;

    private final ExecuteListener recorder = new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext ctx) {
            Query query = ctx.query();
            if (recording && query != null && CurrentCommand.get() != null) {
                String sql = DSL.using(SQLDialect.MARIADB, INLINED).renderInlined(query);
                synchronized (statements) {
                    statements.computeIfAbsent(CurrentCommand.get(), k -> new LinkedHashSet<>()).add(sql);
                }
            }
        }
    };

    @Test
    void collectionReadsAndPopsReadOnlyTheRowsTheyReturn() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("explain:user", "pw", database);
        try (RedisOnMySql server = new RedisOnMySql(ConfigLoader.load(db.serverEnv(database))).withExecuteListener(recorder).start();
                Jedis j = new Jedis("127.0.0.1", server.port(), 60_000)) {
            j.auth("explain:user", "pw");
            seed(j);
            recording = true;
            run(j, c -> {
                assertThat(c.zrank("z", "m00003")).isEqualTo(3);
                assertThat(c.zrank("z", "m04996")).isEqualTo(MEMBERS - 4);
                assertThat(c.zrevrank("z", "m00003")).isEqualTo(MEMBERS - 4);
                assertThat(c.zrange("z", 0, 9)).hasSize(10).first().isEqualTo("m00000");
                assertThat(c.zrange("z", -10, -1)).hasSize(10).last().isEqualTo("m04999");
                assertThat(c.zrangeByScore("z", 100, 200, 0, 10)).hasSize(10).first().isEqualTo("m00100");
                assertThat(c.zrevrangeByScore("z", 200, 100, 0, 10)).hasSize(10).first().isEqualTo("m00200");
                assertThat(c.zrange("z", ZRangeParams.zrangeByScoreParams(4_000, 4_010).limit(0, 5))).hasSize(5);
                assertThat(c.zcount("z", 5, 10)).isEqualTo(6);
                assertThat(c.zcard("z")).isEqualTo(MEMBERS);
                assertThat(c.zpopmin("z").getElement()).isEqualTo("m00000");
                assertThat(c.zpopmax("z").getElement()).isEqualTo("m04999");
                assertThat(c.lindex("l", 5)).isEqualTo("i00005");
                assertThat(c.lindex("l", -5)).isEqualTo("i04995");
                assertThat(c.lindex("l", MEMBERS - 3)).isEqualTo("i04997");
                assertThat(c.lrange("l", 0, 9)).hasSize(10);
                assertThat(c.lrange("l", -10, -1)).hasSize(10);
                assertThat(c.lrange("l", MEMBERS - 10, MEMBERS)).hasSize(10);
                assertThat(c.llen("l")).isEqualTo(MEMBERS);
                assertThat(c.lpop("l")).isEqualTo("i00000");
                assertThat(c.rpop("l")).isEqualTo("i04999");
                assertThat(c.rpop("l", 3)).hasSize(3);
                assertThat(c.lpush("l", "new")).isEqualTo(MEMBERS - 5 + 1);
                assertThat(c.rpush("l", "new")).isEqualTo(MEMBERS - 5 + 2);
                assertThat(c.hlen("h")).isEqualTo(MEMBERS);
                assertThat(c.scard("s")).isEqualTo(MEMBERS);
            });
            recording = false;
        }
        String url = "jdbc:mysql://127.0.0.1:" + db.port() + "/" + database + "?allowPublicKeyRetrieval=true";
        ObjectMapper json = new ObjectMapper();
        List<String> report = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, db.adminUser(), db.adminPassword())) {
            c.setAutoCommit(false);
            assertThat(statements).containsKeys("zrank", "zrange", "zrangebyscore", "lindex", "lrange", "lpop", "rpop", "zpopmin");
            for (Map.Entry<String, Set<String>> e : statements.entrySet()) {
                for (String sql : e.getValue()) {
                    if (!sql.startsWith("select") && !sql.startsWith("delete") && !sql.startsWith("update")) {
                        continue; // ANALYZE runs SELECT, UPDATE and DELETE; inserts read no member rows
                    }
                    JsonNode plan;
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("ANALYZE FORMAT=JSON " + sql)) {
                        rs.next();
                        plan = json.readTree(rs.getString(1));
                    } finally {
                        c.rollback();
                    }
                    for (JsonNode table : tables(plan, new ArrayList<>())) {
                        String name = table.path("table_name").asText();
                        if (!MEMBER_TABLES.contains(name)) {
                            continue;
                        }
                        String access = table.path("access_type").asText();
                        double read = table.path("r_rows").asDouble(0) * table.path("r_loops").asDouble(1);
                        report.add(e.getKey() + ": " + name + " " + access + " key=" + table.path("key").asText()
                                + " rows read " + (long) read + "  <- " + abbreviate(sql));
                        assertThat(access).as("%s does a full scan of %s: %s", e.getKey(), name, sql).isNotEqualTo("ALL");
                        assertThat(read).as("%s reads %s rows of %s: %s", e.getKey(), read, name, sql).isLessThanOrEqualTo(MAX_ROWS_READ);
                    }
                }
            }
        }
        report.forEach(System.out::println);
        assertThat(report).anyMatch(r -> r.startsWith("zrank: redis_zset_member"));
        assertThat(report).anyMatch(r -> r.startsWith("lindex: redis_list_item"));
    }

    private static void seed(Jedis j) {
        for (int from = 0; from < MEMBERS; from += 1000) {
            Map<String, Double> scores = new LinkedHashMap<>();
            List<String> items = new ArrayList<>();
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> members = new ArrayList<>();
            for (int i = from; i < from + 1000; i++) {
                scores.put(String.format("m%05d", i), (double) i);
                items.add(String.format("i%05d", i));
                fields.put("f" + i, "v");
                members.add("s" + i);
            }
            j.zadd("z", scores);
            j.rpush("l", items.toArray(new String[0]));
            j.hset("h", fields);
            j.sadd("s", members.toArray(new String[0]));
        }
    }

    /** Every "table" object of an ANALYZE plan, derived tables' inner tables included. */
    private static List<JsonNode> tables(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("table")) {
                    out.add(f.getValue());
                }
                tables(f.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> tables(n, out));
        }
        return out;
    }

    private static void run(Jedis j, Consumer<Jedis> commands) {
        commands.accept(j);
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 160 ? sql : sql.substring(0, 157) + "...";
    }
}
