package org.redisonmysql.server;

import org.redisonmysql.server.config.ConfigException;
import org.redisonmysql.server.config.ConfigKey;
import org.redisonmysql.server.config.ConfigLoader;
import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.db.DatabaseTarget;
import org.redisonmysql.server.db.Migrator;

import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar redis-on-mysql.jar} serves; {@code ... migrate} applies the schema migrations
 * with the admin account ({@code REDIS_MYSQL_USER} / {@code REDIS_MYSQL_PASSWORD}) and exits.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        ServerConfig config;
        try {
            config = ConfigLoader.fromEnvironment();
        } catch (ConfigException e) {
            System.err.println("redis-on-mysql: configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        String mode = args.length == 0 ? "serve" : args[0];
        switch (mode) {
            case "serve" -> serve(config);
            case "migrate" -> migrate(config);
            default -> {
                System.err.println("usage: java -jar redis-on-mysql.jar [serve|migrate]");
                System.exit(2);
            }
        }
    }

    private static void migrate(ServerConfig config) {
        if (config.embedded() || !config.has(ConfigKey.MYSQL_USER)) {
            System.err.println("redis-on-mysql migrate: set REDIS_MYSQL_ADDR and the admin account REDIS_MYSQL_USER / REDIS_MYSQL_PASSWORD");
            System.exit(2);
        }
        DatabaseTarget target = new DatabaseTarget(config.getAddress(ConfigKey.MYSQL_ADDR),
                config.getString(ConfigKey.MYSQL_DATABASE), config.getString(ConfigKey.MYSQL_OPTIONS),
                config.getInt(ConfigKey.POOL_CONNECT_TIMEOUT_MS));
        var result = Migrator.migrate(target, config.getString(ConfigKey.MYSQL_USER), config.getString(ConfigKey.MYSQL_PASSWORD));
        System.out.println("redis-on-mysql migrate: " + result.migrationsExecuted + " migration(s) applied, schema at version "
                + (result.targetSchemaVersion == null ? "(unchanged)" : result.targetSchemaVersion));
    }

    private static void serve(ServerConfig config) throws Exception {
        RedisOnMySql server = new RedisOnMySql(config).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        if (server.isEmbedded()) {
            System.out.println("redis-on-mysql is ready (embedded MariaDB, data in "
                    + config.getString(ConfigKey.EMBEDDED_DATA_DIR) + "). Connect with: redis-cli -p " + server.port()
                    + " --user " + config.getString(ConfigKey.EMBEDDED_USER) + " --pass "
                    + config.getString(ConfigKey.EMBEDDED_PASSWORD));
        } else {
            System.out.println("redis-on-mysql is ready on port " + server.port()
                    + ". Clients AUTH with a MySQL user: redis-cli -p " + server.port() + " --user <user> --pass <password>");
        }
        new CountDownLatch(1).await();
    }
}
