package org.redisonmysql.commands.hll;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringEditRepository;
import org.redisonmysql.commands.strings.StringRepository;
import org.redisonmysql.commands.strings.algo.HyperLogLog;
import org.redisonmysql.core.keyspace.KeyScope;

/**
 * PFCOUNT key [key ...]. One key: answered from the cached cardinality when valid (one read),
 * else recomputed under the row lock and the refreshed cache written back (Redis does the same,
 * so the value's bytes stay identical to Redis's). Several keys: the union's estimate, nothing written; each key
 * is read and checked in order (WRONGTYPE for another type, then the HLL checks).
 */
public final class PfcountCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringEditRepository edits;

    @Inject
    public PfcountCommand(StringRepository reads, StringEditRepository edits) {
        this.reads = reads;
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope scope = ctx.scope();
        if (args.size() == 2) {
            // Usually the cached cardinality is valid: then one plain read answers, no row lock.
            byte[] value = reads.get(scope, args.get(1));
            if (value == null) {
                return Replies.ZERO;
            }
            HyperLogLog.CountResult cached = HyperLogLog.count(value);
            if (cached.updatedValue() == null) {
                return Replies.integer(cached.count());
            }
            // Stale cache: recount under the row lock (the value may have changed since) and store it.
            return edits.lockedEdit(scope, args.get(1), current -> {
                if (current == null) {
                    return new StringEditRepository.Edit<>(null, Replies.ZERO);
                }
                HyperLogLog.CountResult r = HyperLogLog.count(current);
                return new StringEditRepository.Edit<>(r.updatedValue(), Replies.integer(r.count()));
            });
        }
        HyperLogLog.Union union = new HyperLogLog.Union();
        for (int i = 1; i < args.size(); i++) {
            union.add(reads.get(scope, args.get(i)));
        }
        return Replies.integer(union.count());
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
