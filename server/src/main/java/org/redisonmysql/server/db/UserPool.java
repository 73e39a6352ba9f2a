package org.redisonmysql.server.db;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** One MySQL user's connection pool, shared by all of that user's client connections. */
public final class UserPool {
    private final String user;
    private final byte[] passwordDigest;
    private final HikariDataSource dataSource;
    private final SQLDialect dialect;
    private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
    private final AtomicInteger sessions = new AtomicInteger();

    UserPool(String user, byte[] passwordDigest, HikariDataSource dataSource, SQLDialect dialect) {
        this.user = user;
        this.passwordDigest = passwordDigest;
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    public String user() {
        return user;
    }

    byte[] passwordDigest() {
        return passwordDigest;
    }

    public HikariDataSource dataSource() {
        touch();
        return dataSource;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public void touch() {
        lastUsed.set(System.nanoTime());
    }

    long idleNanos() {
        return System.nanoTime() - lastUsed.get();
    }

    public void attach() {
        sessions.incrementAndGet();
        touch();
    }

    public void detach() {
        sessions.decrementAndGet();
        touch();
    }

    int sessions() {
        return sessions.get();
    }

    void close() {
        dataSource.close();
    }
}
