package org.redisonmysql.it;

import redis.clients.jedis.Jedis;

/**
 * The commands the SQL catalogue is generated from: every registered data command, through each
 * of its statement paths. A family adds its commands here when it adds them to the server.
 */
final class SqlCatalogueScenario {
    private SqlCatalogueScenario() {
    }

    static void run(int port, String user, String password) {
        try (Jedis j = new Jedis("127.0.0.1", port)) {
            j.auth(user, password);
            j.set("k1", "v1");
            j.set("k1", "v2");
            j.get("k1");
            j.get("missing");
            j.exists("k1", "missing");
            j.keys("k*");
            j.del("k1", "missing");
        }
    }
}
