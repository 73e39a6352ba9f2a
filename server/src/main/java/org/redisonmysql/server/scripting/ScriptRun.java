package org.redisonmysql.server.scripting;

import org.redisonmysql.server.dispatch.UnitOfWork;
import org.redisonmysql.server.net.ClientConnection;

/** The state of one script run that redis.call needs: whose, in which transaction, with what rules. */
final class ScriptRun {
    final ClientConnection session;
    final UnitOfWork uow;
    final boolean readOnly;
    /** redis.setresp: the protocol redis.call replies are converted from (2 unless the script says 3). */
    int resp = 2;
    /**
     * A database failure inside redis.call. Kept here because Lua code may catch the error with
     * pcall; the script's transaction must still be rolled back and re-run.
     */
    RuntimeException fatal;

    ScriptRun(ClientConnection session, UnitOfWork uow, boolean readOnly) {
        this.session = session;
        this.uow = uow;
        this.readOnly = readOnly;
    }
}
