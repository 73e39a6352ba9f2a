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
