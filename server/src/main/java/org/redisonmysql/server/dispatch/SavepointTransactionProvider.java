package org.redisonmysql.server.dispatch;

import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Inside a unit of work that already is a MySQL transaction, a repository's
 * {@code dsl.transaction(...)} must not commit it: it becomes a savepoint. The unit of work alone
 * commits, so a command (or a whole MULTI/EXEC) stays one atomic transaction.
 */
final class SavepointTransactionProvider implements TransactionProvider {
    private final Connection connection;
    private final Deque<Savepoint> savepoints = new ArrayDeque<>();

    SavepointTransactionProvider(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void begin(TransactionContext ctx) {
        try {
            savepoints.push(connection.setSavepoint());
        } catch (SQLException e) {
            throw new DataAccessException("cannot set a savepoint", e);
        }
    }

    @Override
    public void commit(TransactionContext ctx) {
        try {
            connection.releaseSavepoint(savepoints.pop());
        } catch (SQLException e) {
            throw new DataAccessException("cannot release a savepoint", e);
        }
    }

    @Override
    public void rollback(TransactionContext ctx) {
        if (savepoints.isEmpty()) {
            return;
        }
        try {
            connection.rollback(savepoints.pop());
        } catch (SQLException e) {
            throw new DataAccessException("cannot roll back to a savepoint", e);
        }
    }
}
