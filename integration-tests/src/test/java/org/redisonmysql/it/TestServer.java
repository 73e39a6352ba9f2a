package org.redisonmysql.it;

import org.redisonmysql.server.RedisOnMySql;
import org.redisonmysql.server.config.ConfigLoader;

import java.util.Map;

/** A real server instance on a real database, on a free loopback port. */
public final class TestServer implements AutoCloseable {
    private final RedisOnMySql server;

    private TestServer(RedisOnMySql server) {
        this.server = server;
    }

    public static TestServer start(Map<String, String> env) {
        try {
            return new TestServer(new RedisOnMySql(ConfigLoader.load(env)).start());
        } catch (Exception e) {
            throw new IllegalStateException("server did not start: " + e.getMessage(), e);
        }
    }

    /** A server on a new, empty database of the shared test MariaDB, with one MySQL login for clients. */
    public static TestServer withUser(String user, String password) {
        return withUser(user, password, Map.of());
    }

    /** The same, with extra settings (REDIS_MYSQL_* variables). */
    public static TestServer withUser(String user, String password, Map<String, String> extraEnv) {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser(user, password, database);
        Map<String, String> env = db.serverEnv(database);
        env.putAll(extraEnv);
        return start(env);
    }

    /** Two instances on one new, empty database (with one MySQL login): the cross-instance tests' setup. */
    public static Pair pairWithUser(String user, String password) {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser(user, password, database);
        return new Pair(start(db.serverEnv(database)), start(db.serverEnv(database)));
    }

    /** Two server instances sharing one database. */
    public record Pair(TestServer first, TestServer second) implements AutoCloseable {
        @Override
        public void close() {
            first.close();
            second.close();
        }
    }

    public int port() {
        return server.port();
    }

    public RedisOnMySql server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
