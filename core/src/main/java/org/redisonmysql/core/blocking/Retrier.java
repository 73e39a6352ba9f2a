package org.redisonmysql.core.blocking;

import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.session.ClientSession;

import java.util.function.Function;

/**
 * Runs work for a blocked client after its command has returned: a handler's DSL is valid only
 * during execute(), and only the server knows a session's connection pool. The server binds it.
 */
public interface Retrier {
    /** Runs {@code work} in a new transaction on the session's pool; commits when it returns, rolls back when it throws. */
    <T> T inTransaction(ClientSession session, Function<CommandContext, T> work);
}
