package org.redisonmysql.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Validates credentials with a real MySQL login and keeps one HikariCP pool per user. Passwords
 * are neither stored nor logged: a pool keeps the password only in memory to open connections,
 * and only a digest is kept to notice that a user now authenticates with another password.
 */
public final class UserPools implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UserPools.class);

    /** Why a login failed. */
    public enum LoginFailure { BAD_CREDENTIALS, UNAVAILABLE }

    /** Thrown when a login fails; the message is safe to log (no password). */
    public static final class LoginException extends Exception {
        private final LoginFailure failure;

        LoginException(LoginFailure failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = failure;
        }

        public LoginFailure failure() {
            return failure;
        }
    }

    private static final int ER_ACCESS_DENIED = 1045;
    private static final int ER_DBACCESS_DENIED = 1044;

    private final DatabaseTarget target;
    private final int maxConnections;
    private final long idleTtlNanos;
    private final Map<String, UserPool> pools = new ConcurrentHashMap<>();

    public UserPools(DatabaseTarget target, int maxConnections, int idleTtlSecs) {
        this.target = target;
        this.maxConnections = maxConnections;
        this.idleTtlNanos = TimeUnit.SECONDS.toNanos(idleTtlSecs);
    }

    /** Logs in as {@code user} (a real MySQL login) and returns that user's pool. */
    public UserPool login(String user, String password) throws LoginException {
        SQLDialect dialect;
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.credentials(user, password))) {
            dialect = Dialects.detect(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == ER_ACCESS_DENIED || e.getErrorCode() == ER_DBACCESS_DENIED
                    || "28000".equals(e.getSQLState())) {
                throw new LoginException(LoginFailure.BAD_CREDENTIALS, "access denied for user '" + user + "'", e);
            }
            throw new LoginException(LoginFailure.UNAVAILABLE, "cannot reach MySQL at " + target.address() + ": "
                    + e.getMessage(), e);
        }
        byte[] digest = digest(user, password);
        return pools.compute(user, (name, existing) -> {
            if (existing != null && MessageDigest.isEqual(existing.passwordDigest(), digest)) {
                existing.touch();
                return existing;
            }
            if (existing != null) {
                existing.close();
            }
            return new UserPool(user, digest, createPool(user, password), dialect);
        });
    }

    private HikariDataSource createPool(String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mysql-" + user);
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, target.connectTimeoutMs()));
        config.setValidationTimeout(Math.max(250, Math.min(target.connectTimeoutMs(), 5000)));
        config.setIdleTimeout(Math.max(10_000, Math.min(idleTtlNanos / 1_000_000, 600_000)));
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Do not fail pool creation when the database is down: commands answer an error instead.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Closes pools that no session uses and that were idle longer than {@code idle_ttl_secs}. */
    public void evictIdle() {
        for (Map.Entry<String, UserPool> e : pools.entrySet()) {
            UserPool pool = e.getValue();
            if (pool.sessions() <= 0 && pool.idleNanos() > idleTtlNanos && pools.remove(e.getKey(), pool)) {
                LOG.info("closing idle pool of user '{}'", e.getKey());
                pool.close();
            }
        }
    }

    /** Any open pool, for background work when no admin account is configured. */
    public UserPool anyPool() {
        for (UserPool p : pools.values()) {
            return p;
        }
        return null;
    }

    public int size() {
        return pools.size();
    }

    private static byte[] digest(String user, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(user.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (UserPool p : pools.values()) {
            p.close();
        }
        pools.clear();
    }
}
