package org.redisonmysql.server.dispatch;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.BatchableCommand;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.net.ClientConnection;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive pipelined commands of one connection, run in one unit of work: one connection
 * checkout and, when the run writes, one transaction and one durable commit instead of one per
 * command; runs of the same {@link BatchableCommand} (GETs, plain SETs) become one statement.
 * Every command keeps its own atomicity: a single-statement command's failed statement is rolled
 * back by the database alone, a multi-statement command runs inside a savepoint (as in EXEC).
 * Nothing is answered before the commit, so every acknowledged write is durable.
 */
final class PipelinedRun {
    private final ClientConnection session;
    private final List<byte[][]> argvs;
    private final List<CommandTable.Entry> entries;
    private final long[] micros;
    private final boolean[] failed;

    PipelinedRun(ClientConnection session, List<byte[][]> argvs, List<CommandTable.Entry> entries) {
        this.session = session;
        this.argvs = argvs;
        this.entries = entries;
        this.micros = new long[argvs.size()];
        this.failed = new boolean[argvs.size()];
    }

    /**
     * A transaction is needed when the run writes or holds a multi-statement command; a run of
     * single-statement reads goes in autocommit mode, as each of them would alone.
     */
    boolean needsTransaction() {
        for (CommandTable.Entry e : entries) {
            if (e.spec().hasFlag("write") || e.handler().atomicity() != Atomicity.SINGLE_STATEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Runs every command once in {@code uow} (not committed here); a Redis error is that command's reply. */
    List<Reply> runOnce(UnitOfWork uow) {
        List<Reply> replies = new ArrayList<>(argvs.size());
        int i = 0;
        while (i < argvs.size()) {
            CommandTable.Entry entry = entries.get(i);
            int end = i + 1;
            if (entry.handler() instanceof BatchableCommand) {
                while (end < argvs.size() && entries.get(end) == entry) {
                    end++;
                }
            }
            List<Reply> batch = end - i > 1 ? runBatch(uow, i, end) : null;
            if (batch != null) {
                replies.addAll(batch);
                i = end;
            } else {
                replies.add(runSingle(uow, i));
                i++;
            }
        }
        return replies;
    }

    private List<Reply> runBatch(UnitOfWork uow, int from, int to) {
        CommandTable.Entry entry = entries.get(from);
        List<CommandArgs> calls = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            calls.add(new CommandArgs(argvs.get(k)));
        }
        CurrentCommand.set(entry.spec().fullName());
        long started = System.nanoTime();
        ExecutionContext ctx = new ExecutionContext(session, uow, System.currentTimeMillis(), false);
        List<Reply> replies = ((BatchableCommand) entry.handler()).executeBatch(ctx, calls);
        if (replies == null) {
            return null;
        }
        if (replies.size() != calls.size()) {
            throw new IllegalStateException(entry.spec().fullName() + ": " + replies.size() + " replies for " + calls.size() + " calls");
        }
        long each = (System.nanoTime() - started) / 1000 / calls.size();
        for (int k = from; k < to; k++) {
            micros[k] = each;
            failed[k] = replies.get(k - from) instanceof Replies.ErrorReply;
        }
        return replies;
    }

    private Reply runSingle(UnitOfWork uow, int index) {
        CommandTable.Entry entry = entries.get(index);
        CommandHandler handler = entry.handler();
        CurrentCommand.set(entry.spec().fullName());
        long started = System.nanoTime();
        ExecutionContext ctx = new ExecutionContext(session, uow, System.currentTimeMillis(), false);
        CommandArgs args = new CommandArgs(argvs.get(index));
        Reply reply;
        try {
            reply = handler.atomicity() == Atomicity.SINGLE_STATEMENT || !uow.transactional()
                    ? handler.execute(ctx, args)
                    : uow.dsl().transactionResult(c -> handler.execute(ctx, args));
            failed[index] = false;
        } catch (RedisException e) {
            failed[index] = true;
            reply = Replies.error(Dispatcher.sanitize(e.getMessage()));
        }
        micros[index] = (System.nanoTime() - started) / 1000;
        return reply;
    }

    /** Statistics, once the run is committed (a retried run must not count twice). */
    void record(CommandStats stats) {
        for (int i = 0; i < argvs.size(); i++) {
            String name = entries.get(i).spec().fullName();
            session.noteCommand(name);
            stats.called(name, micros[i], failed[i]);
        }
    }
}
