package org.redisonmysql.server.dispatch;

import org.jooq.ExecuteListener;
import org.jooq.conf.Settings;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RetryKind;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.resp.RespWriter;
import org.redisonmysql.server.net.ClientConnection;
import org.redisonmysql.server.scripting.BusyScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs one command: finds its spec, checks existence, arity and authentication in Redis's order
 * and with Redis's errors, then runs the handler in a unit of work and retries it on deadlock or
 * lock-wait timeout. Database failures never reach the client as SQL: an unreachable database is
 * a clear {@code -ERR database unavailable}, anything else is logged and answered generically.
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Settings JOOQ_SETTINGS = new Settings()
            .withRenderSchema(false)
            .withExecuteLogging(false)
            .withRenderCatalog(false);

    /** Commands that act on the MULTI block itself instead of being queued (as in Redis). */
    private static final Set<String> TRANSACTION_CONTROL = Set.of("exec", "discard", "multi", "watch", "quit", "reset");

    /** What a RESP2 client may send while subscribed (Redis's subscribed mode). */
    private static final Set<String> SUBSCRIBED_MODE = Set.of("subscribe", "psubscribe", "ssubscribe", "unsubscribe",
            "punsubscribe", "sunsubscribe", "ping", "quit", "reset");

    /**
     * Commands never run as part of a pipelined run: they block, run scripts, deliver Pub/Sub
     * messages or administer the server, so they keep the one-at-a-time path.
     */
    private static final List<String> NOT_IN_PIPELINED_RUNS = List.of("blocking", "noscript", "pubsub", "admin", "no_multi");

    private final CommandTable table;
    private final RetryPolicy writeRetry;
    private final RetryPolicy counterRetry;
    private final CommandStats stats;
    private final List<ExecuteListener> listeners = new CopyOnWriteArrayList<>();
    private final BusyScripts busy;

    public Dispatcher(CommandTable table, RetryPolicy writeRetry, RetryPolicy counterRetry, CommandStats stats) {
        this(table, writeRetry, counterRetry, stats, new BusyScripts(Map.of()));
    }

    public Dispatcher(CommandTable table, RetryPolicy writeRetry, RetryPolicy counterRetry, CommandStats stats,
            BusyScripts busy) {
        this.busy = Objects.requireNonNull(busy, "busy");
        this.table = Objects.requireNonNull(table, "table");
        this.writeRetry = Objects.requireNonNull(writeRetry, "writeRetry");
        this.counterRetry = Objects.requireNonNull(counterRetry, "counterRetry");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    public CommandTable table() {
        return table;
    }

    public CommandStats stats() {
        return stats;
    }

    /** Observes every statement (the SQL catalogue test uses this). */
    public void addExecuteListener(ExecuteListener listener) {
        listeners.add(listener);
    }

    public static Settings jooqSettings() {
        return JOOQ_SETTINGS;
    }

    public Reply execute(ClientConnection session, byte[][] argv) {
        String name = lowerAscii(argv[0]);
        CommandTable.Entry entry = table.lookup(name);
        MultiState multi = session.multi();
        if (entry == null) {
            stats.rejected(null);
            return rejectInMulti(multi, unknownCommand(argv));
        }
        if (entry.isContainer() && !(argv.length == 1 && entry.handler() != null)) {
            if (!entry.spec().arityAccepts(argv.length)) {
                stats.rejected(entry.spec().fullName());
                return rejectInMulti(multi, Errors.wrongArity(entry.spec().fullName()).getMessage());
            }
            CommandTable.Entry sub = entry.subcommands().get(lowerAscii(argv[1]));
            if (sub == null) {
                stats.rejected(null);
                return rejectInMulti(multi, sanitize("ERR unknown subcommand '" + truncated(argv[1], 128) + "'. Try "
                        + entry.spec().name().toUpperCase(Locale.ROOT) + " HELP."));
            }
            entry = sub;
        }
        String fullName = entry.spec().fullName();
        if (!entry.spec().arityAccepts(argv.length)) {
            stats.rejected(fullName);
            return rejectInMulti(multi, Errors.wrongArity(fullName).getMessage());
        }
        if (!session.authenticated() && !entry.spec().hasFlag("no_auth")) {
            stats.rejected(fullName);
            return Replies.error(Errors.NOAUTH);
        }
        if (session.subscriptionCount() > 0 && session.protocol() == 2 && !SUBSCRIBED_MODE.contains(fullName)) {
            stats.rejected(fullName);
            return rejectInMulti(multi, "ERR Can't execute '" + fullName
                    + "': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context");
        }
        if (busy.anyBusy() && !entry.spec().hasFlag("allow_busy")) {
            // A script of this tenant runs past busy-reply-threshold on this instance (Redis's -BUSY).
            String busyError = busy.rejection(session.tenant());
            if (busyError != null) {
                stats.rejected(fullName);
                return rejectInMulti(multi, busyError);
            }
        }
        if (multi != null && !TRANSACTION_CONTROL.contains(fullName)) {
            if (entry.spec().hasFlag("no_multi")) {
                stats.rejected(fullName);
                return rejectInMulti(multi, "ERR Command not allowed inside a transaction");
            }
            multi.add(entry, argv);
            return Replies.QUEUED;
        }
        session.noteCommand(fullName);
        long started = System.nanoTime();
        Reply reply;
        boolean failed = false;
        try {
            reply = run(entry.handler(), session, new CommandArgs(argv), fullName);
        } catch (RedisException e) {
            failed = true;
            reply = Replies.error(sanitize(e.getMessage()));
        }
        stats.called(fullName, (System.nanoTime() - started) / 1000, failed);
        return reply;
    }

    /**
     * The entry that would run {@code argv} when it may join a pipelined run (see
     * {@link #executeRun}), or null when it must take the one-at-a-time path of {@link #execute}:
     * anything refused (unknown, arity, auth), queued (MULTI), restricted (subscribed mode),
     * without database work, or flagged in {@link #NOT_IN_PIPELINED_RUNS}. Such commands change
     * no session state, so the answer for the next command of a run does not depend on this one.
     */
    public CommandTable.Entry pipelinedEntry(ClientConnection session, byte[][] argv) {
        if (!session.authenticated() || session.multi() != null || session.subscriptionCount() > 0
                || (busy.anyBusy() && busy.rejection(session.tenant()) != null)) {
            return null; // (a busy script: the one-at-a-time path answers -BUSY)
        }
        CommandTable.Entry entry = table.lookup(lowerAscii(argv[0]));
        if (entry != null && entry.isContainer()) {
            entry = argv.length < 2 ? null : entry.subcommands().get(lowerAscii(argv[1]));
        }
        if (entry == null || entry.handler() == null || !entry.spec().arityAccepts(argv.length)
                || entry.handler().atomicity() == Atomicity.NONE) {
            return null;
        }
        for (String flag : NOT_IN_PIPELINED_RUNS) {
            if (entry.spec().hasFlag(flag)) {
                return null;
            }
        }
        return entry;
    }

    /**
     * Runs consecutive pipelined commands of one connection (each accepted by
     * {@link #pipelinedEntry}) in one unit of work, committed once before any reply leaves; see
     * {@link PipelinedRun}. On deadlock or lock-wait timeout the whole run is rolled back and run
     * again; when the run still fails (or fails for any other database reason) the commands run
     * again one by one through {@link #execute}, so a run never answers worse than its commands
     * would alone. Nothing of a failed run was committed, so running them again is safe.
     */
    public List<Reply> executeRun(ClientConnection session, List<byte[][]> argvs, List<CommandTable.Entry> entries) {
        boolean counter = entries.stream().anyMatch(e -> e.handler().retryKind() == RetryKind.COUNTER);
        PipelinedRun run = new PipelinedRun(session, argvs, entries);
        boolean transactional = run.needsTransaction();
        try {
            List<Reply> replies = withRetries(counter ? counterRetry : writeRetry,
                    () -> newUnitOfWork(session, transactional, -1), run::runOnce);
            run.record(stats);
            return replies;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUnavailable(e)) {
                Reply unavailable = Replies.error(translate("pipeline", e).getMessage());
                return java.util.Collections.nCopies(argvs.size(), unavailable);
            }
            LOG.debug("pipelined run of {} commands failed as a whole, running them one by one: {}", argvs.size(), e.toString());
            List<Reply> replies = new ArrayList<>(argvs.size());
            for (byte[][] argv : argvs) {
                replies.add(execute(session, argv));
            }
            return replies;
        } finally {
            CurrentCommand.set(null);
        }
    }

    /** A refused command; inside MULTI it also dooms the transaction (EXEC answers EXECABORT). */
    private static Reply rejectInMulti(MultiState multi, String error) {
        if (multi != null) {
            multi.markDirty();
        }
        return Replies.error(error);
    }

    /**
     * EXEC: checks the watched keys under row locks, then runs the queued commands in one MySQL
     * transaction, each inside a savepoint so that a command that fails leaves no partial writes,
     * and commits once. Re-run as a whole on deadlock or lock-wait timeout. Null array when a
     * watched key changed.
     */
    public Reply exec(ClientConnection session, MultiState multi) {
        CurrentCommand.set("exec");
        try {
            return withRetries(writeRetry, () -> newUnitOfWork(session, true, Connection.TRANSACTION_SERIALIZABLE),
                    uow -> execOnce(session, multi, uow));
        } catch (RuntimeException e) {
            return Replies.error(translate("exec", e).getMessage());
        } finally {
            CurrentCommand.set(null);
        }
    }

    private Reply execOnce(ClientConnection session, MultiState multi, UnitOfWork uow) {
        long now = System.currentTimeMillis();
        for (Map.Entry<WatchedKeys.WatchedKey, WatchedKeys.Snapshot> w : session.watched().all().entrySet()) {
            KeyScope scope = new KeyScope(uow.dsl(), session.tenant(), w.getKey().db(), now);
            if (!WatchRepository.lockedSnapshot(scope, w.getKey().key()).equals(w.getValue())) {
                return Replies.NULL_ARRAY;
            }
        }
        List<Reply> replies = new ArrayList<>(multi.queued().size());
        for (MultiState.Queued q : multi.queued()) {
            String fullName = q.entry().spec().fullName();
            CurrentCommand.set(fullName);
            long started = System.nanoTime();
            CommandHandler handler = q.entry().handler();
            ExecutionContext ctx = new ExecutionContext(session, uow, System.currentTimeMillis(), true);
            CommandArgs args = new CommandArgs(q.argv());
            boolean failed = false;
            Reply reply;
            try {
                reply = handler.atomicity() == Atomicity.NONE
                        ? handler.execute(ctx, args)
                        : uow.dsl().transactionResult(c -> handler.execute(ctx, args));
            } catch (RedisException e) {
                failed = true;
                reply = Replies.error(sanitize(e.getMessage()));
            }
            stats.called(fullName, (System.nanoTime() - started) / 1000, failed);
            replies.add(reply);
        }
        return Replies.array(replies);
    }

    /**
     * Runs a Lua script as one MySQL transaction at SERIALIZABLE isolation, as EXEC does (its reads
     * take shared locks, so the script sees nothing committed by others while it runs). Re-run as a
     * whole on deadlock or lock-wait timeout with the counter policy: a read-modify-write script on a
     * hot key deadlocks often under SERIALIZABLE, and the policy's deadline bounds the retries.
     */
    /**
     * The unit of work a command is running in (server-side handlers that run nested work, such as
     * EVAL queued in MULTI, must use EXEC's transaction, not a new one).
     */
    public static UnitOfWork unitOfWorkOf(org.redisonmysql.core.command.CommandContext ctx) {
        if (ctx instanceof ExecutionContext e) {
            return e.unitOfWork();
        }
        throw new IllegalArgumentException("not a dispatcher context: " + ctx);
    }

    public Reply runScript(ClientConnection session, String fullName, java.util.function.Function<UnitOfWork, Reply> body) {
        CurrentCommand.set(fullName);
        try {
            return withRetries(counterRetry.untilDeadline(),
                    () -> newUnitOfWork(session, true, Connection.TRANSACTION_SERIALIZABLE), body);
        } catch (RedisException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(fullName, e);
        } finally {
            CurrentCommand.set(null);
        }
    }

    /**
     * One command called from a Lua script (redis.call / redis.pcall), in the script's unit of work
     * and inside a savepoint so that a failing command leaves no partial writes. Checks follow
     * Redis's scriptCall order and texts; a command error is thrown as a {@link RedisException}.
     * Database exceptions propagate so that {@link #runScript} can re-run the whole script.
     */
    public Reply callFromScript(ClientConnection session, UnitOfWork uow, byte[][] argv, boolean readOnly,
            Runnable beforeWrite) {
        CommandTable.Entry entry = table.lookup(lowerAscii(argv[0]));
        if (entry != null && entry.isContainer() && !(argv.length == 1 && entry.handler() != null)) {
            entry = argv.length < 2 ? entry : entry.subcommands().get(lowerAscii(argv[1]));
            if (entry == null) {
                throw new RedisException("ERR Unknown Redis command called from script");
            }
        }
        if (entry == null || entry.handler() == null) {
            throw new RedisException("ERR Unknown Redis command called from script");
        }
        if (!entry.spec().arityAccepts(argv.length)) {
            throw new RedisException("ERR Wrong number of args calling Redis command from script");
        }
        if (entry.spec().hasFlag("noscript")) {
            throw new RedisException("ERR This Redis command is not allowed from script");
        }
        if (readOnly && entry.spec().hasFlag("write")) {
            throw new RedisException("ERR Write commands are not allowed from read-only scripts.");
        }
        if (entry.spec().hasFlag("write")) {
            beforeWrite.run(); // Redis's SCRIPT_WRITE_DIRTY: the script can no longer be killed
        }
        String fullName = entry.spec().fullName();
        String outer = CurrentCommand.get();
        CurrentCommand.set(fullName);
        long started = System.nanoTime();
        boolean failed = false;
        try {
            CommandHandler handler = entry.handler();
            ExecutionContext ctx = new ExecutionContext(session, uow, System.currentTimeMillis(), true);
            CommandArgs args = new CommandArgs(argv);
            return handler.atomicity() == Atomicity.NONE
                    ? handler.execute(ctx, args)
                    : uow.dsl().transactionResult(c -> handler.execute(ctx, args));
        } catch (RedisException e) {
            failed = true;
            throw e;
        } finally {
            stats.called(fullName, (System.nanoTime() - started) / 1000, failed);
            CurrentCommand.set(outer);
        }
    }

    private Reply run(CommandHandler handler, ClientConnection session, CommandArgs args, String fullName) {
        RetryPolicy policy = handler.retryKind() == RetryKind.COUNTER ? counterRetry : writeRetry;
        boolean transactional = handler.atomicity() == Atomicity.TRANSACTION;
        CurrentCommand.set(fullName);
        try {
            return withRetries(policy, () -> newUnitOfWork(session, transactional, -1),
                    uow -> handler.execute(new ExecutionContext(session, uow, System.currentTimeMillis(), false), args));
        } catch (RedisException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(fullName, e);
        } finally {
            CurrentCommand.set(null);
        }
    }

    /**
     * Runs {@code work} for a blocked client in its own new transaction (the blocking registry's
     * retries, after the command itself has returned), with the write retry policy.
     */
    public <T> T runDetached(org.redisonmysql.core.session.ClientSession session,
            java.util.function.Function<org.redisonmysql.core.command.CommandContext, T> work) {
        ClientConnection connection = (ClientConnection) session;
        return withRetries(writeRetry, () -> newUnitOfWork(connection, true, -1),
                uow -> work.apply(new ExecutionContext(connection, uow, System.currentTimeMillis(), false)));
    }

    private UnitOfWork newUnitOfWork(ClientConnection session, boolean transactional, int isolation) {
        UnitOfWork uow = new UnitOfWork(session.pool(), transactional, JOOQ_SETTINGS, listeners.toArray(new ExecuteListener[0]));
        return isolation >= 0 ? uow.withIsolation(isolation) : uow;
    }

    /**
     * Runs {@code body} in a fresh unit of work and commits; on a deadlock or lock-wait timeout
     * the work is rolled back and run again as the policy allows. Any other failure (Redis errors
     * included) is rethrown as it is, after the rollback.
     */
    private static <T> T withRetries(RetryPolicy policy, java.util.function.Supplier<UnitOfWork> units,
            java.util.function.Function<UnitOfWork, T> body) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try (UnitOfWork uow = units.get()) {
                try {
                    T result = body.apply(uow);
                    uow.commit();
                    return result;
                } catch (RuntimeException e) {
                    uow.rollback();
                    throw e;
                }
            } catch (RedisException e) {
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseErrors.isRetryable(e) && policy.allowsAnotherAttempt(attempt, started)) {
                    sleep(policy.backoffMs(attempt + 1));
                    continue;
                }
                throw e;
            }
        }
    }

    /** A database failure as the client sees it: unavailable, or a generic error (details in the log only). */
    private static RedisException translate(String command, RuntimeException e) {
        if (DatabaseErrors.isUnavailable(e)) {
            LOG.warn("{}: database unavailable: {}", command, rootMessage(e));
            return new RedisException(DatabaseErrors.UNAVAILABLE);
        }
        LOG.error("{}: database error {}", command, DatabaseErrors.errorCode(e), e);
        return new RedisException(DatabaseErrors.INTERNAL);
    }

    static String unknownCommand(byte[][] argv) {
        StringBuilder args = new StringBuilder();
        for (int i = 1; i < argv.length && args.length() < 128; i++) {
            int room = 128 - args.length();
            args.append('\'').append(truncated(argv[i], room)).append("' ");
        }
        return sanitize("ERR unknown command '" + truncated(argv[0], 128) + "', with args beginning with: " + args);
    }

    /** At most {@code max} bytes of a C string (Redis's {@code %.*s}: stops at NUL), as Latin-1 text. */
    private static String truncated(byte[] bytes, int max) {
        int n = 0;
        while (n < bytes.length && n < max && bytes[n] != 0) {
            n++;
        }
        return RespWriter.latin1(java.util.Arrays.copyOf(bytes, n));
    }

    /** Redis replaces CR and LF in error text with spaces so that the reply stays one line. */
    static String sanitize(String error) {
        return error.indexOf('\r') < 0 && error.indexOf('\n') < 0 ? error : error.replace('\r', ' ').replace('\n', ' ');
    }

    private static String lowerAscii(byte[] name) {
        return new String(name, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.toString();
    }
}
