package org.redisonmysql.server.dispatch;

import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Classifies database failures: retryable contention, an unreachable database, or a bug. */
public final class DatabaseErrors {
    public static final String UNAVAILABLE = "ERR database unavailable, try again later";
    public static final String INTERNAL = "ERR internal database error (see the server log)";

    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;

    private DatabaseErrors() {
    }

    /** Deadlock or lock-wait timeout: the transaction was rolled back and may simply be re-run. */
    public static boolean isRetryable(Throwable t) {
        SQLException sql = sqlCause(t);
        while (sql != null) {
            if (sql.getErrorCode() == ER_LOCK_DEADLOCK || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT
                    || "40001".equals(sql.getSQLState())) {
                return true;
            }
            sql = sql.getNextException();
        }
        return false;
    }

    /** The database cannot be reached (down, restarting, network, pool exhausted past its timeout). */
    public static boolean isUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (c instanceof java.net.ConnectException || c instanceof java.io.EOFException
                    || c instanceof java.net.SocketException || c instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (c.getClass().getName().endsWith("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    /** The MySQL error code of the first SQL exception in the chain, or 0. */
    public static int errorCode(Throwable t) {
        SQLException sql = sqlCause(t);
        return sql == null ? 0 : sql.getErrorCode();
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
            if (c instanceof DataAccessException dae && dae.getCause() == null) {
                return null;
            }
        }
        return null;
    }
}
