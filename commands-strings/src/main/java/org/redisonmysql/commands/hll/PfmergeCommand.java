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

import java.util.Arrays;

/**
 * PFMERGE destkey [sourcekey ...]: the destination row is locked first (it takes part in the
 * union and is checked first, as in Redis), then the sources are read in order; the merged value
 * is written in place, keeping the destination's TTL. One transaction.
 */
public final class PfmergeCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringEditRepository edits;

    @Inject
    public PfmergeCommand(StringRepository reads, StringEditRepository edits) {
        this.reads = reads;
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope scope = ctx.scope();
        byte[] dest = args.get(1);
        return edits.lockedEdit(scope, dest, current -> {
            HyperLogLog.Union union = new HyperLogLog.Union().add(current);
            for (int i = 2; i < args.size(); i++) {
                byte[] key = args.get(i);
                // The destination is already locked and read: do not read it again.
                union.add(Arrays.equals(key, dest) ? current : reads.get(scope, key));
            }
            return new StringEditRepository.Edit<>(union.storeInto(current), Replies.OK);
        });
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
