package org.redisonmysql.core.command;

import org.redisonmysql.core.resp.Reply;

/**
 * Executes one command. Handlers are singletons created by Guice (inject repositories into the
 * constructor); they never open connections or commit: the dispatcher runs {@link #execute} inside
 * the unit of work whose {@code DSLContext} the context hands out.
 */
@FunctionalInterface
public interface CommandHandler {
    Reply execute(CommandContext ctx, CommandArgs args);

    /** How much of a transaction this command needs; see {@link Atomicity}. */
    default Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }

    /** Which retry policy applies when the database reports a deadlock or lock-wait timeout. */
    default RetryKind retryKind() {
        return RetryKind.WRITE;
    }
}
