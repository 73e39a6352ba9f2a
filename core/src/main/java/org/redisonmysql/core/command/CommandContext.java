package org.redisonmysql.core.command;

import org.jooq.DSLContext;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.session.ClientSession;

/** What a handler sees of the world while it runs one command. */
public interface CommandContext {
    /** The client connection that sent the command. */
    ClientSession session();

    /**
     * The jOOQ context of the current unit of work: the command's transaction (or MULTI/EXEC's, or
     * a script's). Taking it acquires a pooled connection on first use.
     */
    DSLContext dsl();

    /** The time of this command, epoch milliseconds, fixed for its whole run (Redis does the same). */
    long now();

    /** Tenant, database, time and DSL in one value for repository calls. */
    default KeyScope scope() {
        return new KeyScope(dsl(), session().tenant(), session().db(), now());
    }

    /** The same scope in another logical database (MOVE, COPY ... DB n, SWAPDB). */
    default KeyScope scope(int db) {
        return new KeyScope(dsl(), session().tenant(), db, now());
    }

    /** True while the command runs as part of MULTI/EXEC or a script (blocking commands must not block). */
    boolean inTransactionBlock();

    /**
     * Runs {@code action} once this command's writes are committed, or drops it when they are
     * rolled back. For signals to other clients (wake a client blocked on the key): sent before the
     * commit, they would look for data that is not visible yet. The command may share its
     * transaction with others (MULTI/EXEC, a script, a pipelined run), so "committed" can be later
     * than the end of the handler.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
