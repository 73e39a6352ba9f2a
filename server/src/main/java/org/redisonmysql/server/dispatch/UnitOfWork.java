package org.redisonmysql.server.dispatch;

import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.redisonmysql.server.db.UserPool;

import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The database side of one command (or one MULTI/EXEC, one script): a pooled connection taken on
 * first use, in autocommit mode or in one transaction, committed before the reply is sent.
 */
public final class UnitOfWork implements AutoCloseable {
    private final UserPool pool;
    private final boolean transactional;
    private final Settings settings;
    private final ExecuteListener[] listeners;
    private int isolation = -1;
    private Connection connection;
    private DSLContext dsl;
    private List<Runnable> afterCommit;

    public UnitOfWork(UserPool pool, boolean transactional, Settings settings, ExecuteListener[] listeners) {
        this.pool = pool;
        this.transactional = transactional;
        this.settings = settings;
        this.listeners = listeners;
    }

    /**
     * Runs the transaction at this JDBC isolation level instead of the pool's READ COMMITTED
     * (EXEC uses SERIALIZABLE: its reads must not see commits made between its commands). The
     * pool restores its default when the connection is returned.
     */
    public UnitOfWork withIsolation(int level) {
        this.isolation = level;
        return this;
    }

    public DSLContext dsl() {
        if (dsl == null) {
            if (pool == null) {
                throw new IllegalStateException("no database for an unauthenticated client");
            }
            try {
                connection = pool.dataSource().getConnection();
                if (isolation >= 0) {
                    connection.setTransactionIsolation(isolation);
                }
                if (transactional) {
                    connection.setAutoCommit(false);
                }
            } catch (SQLException e) {
                closeQuietly();
                throw new DataAccessException("cannot get a connection", e);
            }
            DefaultConfiguration config = new DefaultConfiguration();
            config.set(connection);
            config.set(pool.dialect());
            config.set(settings);
            if (listeners.length > 0) {
                config.set(listeners);
            }
            if (transactional) {
                config.set(new SavepointTransactionProvider(connection));
            }
            dsl = DSL.using(config);
        }
        return dsl;
    }

    /** Runs {@code action} after {@link #commit()}; dropped by {@link #rollback()}. */
    public void afterCommit(Runnable action) {
        if (afterCommit == null) {
            afterCommit = new ArrayList<>(2);
        }
        afterCommit.add(action);
    }

    /** Whether this unit of work is one transaction (false: autocommit statements). */
    public boolean transactional() {
        return transactional;
    }

    public boolean started() {
        return connection != null;
    }

    public void commit() {
        if (connection != null && transactional) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new DataAccessException("commit failed", e);
            }
        }
        if (afterCommit != null) {
            List<Runnable> actions = afterCommit;
            afterCommit = null;
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    // The work is committed: a failed signal must not make the caller run it again.
                    LoggerFactory.getLogger(UnitOfWork.class).warn("after-commit action failed: {}", e.toString());
                }
            }
        }
    }

    public void rollback() {
        afterCommit = null;
        if (connection != null && transactional) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; closing it hands it back to the pool, which evicts it
            }
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                if (transactional && !connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException ignored) {
                // broken connection: the pool evicts it on close
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
            connection = null;
            dsl = null;
        }
    }
}
