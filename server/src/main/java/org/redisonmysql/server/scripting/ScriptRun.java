package org.redisonmysql.server.scripting;

import org.redisonmysql.server.dispatch.UnitOfWork;
import org.redisonmysql.server.net.ClientConnection;

/** The state of one script run that redis.call needs: whose, in which transaction, with what rules. */
final class ScriptRun {
    final ClientConnection session;
    final UnitOfWork uow;
    final boolean readOnly;
    /** A function (FCALL) rather than a script (EVAL): decides which KILL may stop it. */
    final boolean function;
    /** The function's name, or the script's SHA1 (FUNCTION STATS, error messages). */
    final String name;
    /** The calling command (FUNCTION STATS). */
    final byte[][] commandArgv;
    final long startedNanos = System.nanoTime();
    /** redis.setresp: the protocol redis.call replies are converted from (2 unless the script says 3). */
    int resp = 2;
    /**
     * A database failure inside redis.call. Kept here because Lua code may catch the error with
     * pcall; the script's transaction must still be rolled back and re-run.
     */
    RuntimeException fatal;
    /** Past busy-reply-threshold: other clients of the tenant on this instance get -BUSY. */
    volatile boolean busy;
    /** SCRIPT KILL / FUNCTION KILL asked it to stop (read by the instruction hook). */
    volatile boolean killed;
    /** It called a write command: Redis's SCRIPT_WRITE_DIRTY, which makes it unkillable. */
    volatile boolean wrote;

    ScriptRun(ClientConnection session, UnitOfWork uow, boolean readOnly, boolean function, String name,
            byte[][] commandArgv) {
        this.session = session;
        this.uow = uow;
        this.readOnly = readOnly;
        this.function = function;
        this.name = name;
        this.commandArgv = commandArgv;
    }
}
