package org.redisonmysql.core.command;

/** What a command needs from the unit of work it runs in. */
public enum Atomicity {
    /** No database access at all (PING, ECHO, CLIENT ...): no connection is taken. */
    NONE,
    /**
     * The command issues exactly one statement (GET, SET, INCR in their common case): it runs in
     * autocommit mode, which saves the BEGIN/COMMIT round trips. The statement itself is atomic.
     */
    SINGLE_STATEMENT,
    /** Several statements that must be atomic and isolated: one MySQL transaction. */
    TRANSACTION
}
