package org.redisonmysql.it;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DBA views show the data readably: one check per collection view. */
class DbaViewsTest {

    @Test
    void viewsShowLiveCollectionsReadably() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("views:user", "pw", database);
        try (TestServer server = TestServer.start(db.serverEnv(database));
                Jedis j = new Jedis("127.0.0.1", server.port(), 30_000)) {
            j.auth("views:user", "pw");
            j.rpush("l", "b", "c");
            j.lpush("l", "a");
            j.hset("h", "f", "v");
            j.sadd("s", "m");
            j.zadd("z", 1.5, "zm");
            j.rpush("gone", "x");
            j.pexpire("gone", 1);
            Thread.sleep(20);
        }
        String url = "jdbc:mysql://127.0.0.1:" + db.port() + "/" + database + "?allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(url, db.adminUser(), db.adminPassword())) {
            assertThat(rows(c, "SELECT CONCAT(key_text, ':', list_index, ':', item_text) FROM v_list WHERE tenant = 'views' "
                    + "ORDER BY key_text, list_index")).containsExactly("l:0:a", "l:1:b", "l:2:c");
            assertThat(rows(c, "SELECT CONCAT(field_text, '=', value_text) FROM v_hash WHERE tenant = 'views'"))
                    .containsExactly("f=v");
            assertThat(rows(c, "SELECT member_text FROM v_set WHERE tenant = 'views'")).containsExactly("m");
            assertThat(rows(c, "SELECT CONCAT(CONVERT(member USING utf8mb4), '=', score) FROM v_zset WHERE tenant = 'views'"))
                    .containsExactly("zm=1.5");
        }
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
