package org.redisonmysql.commands.hll;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringEditRepository;
import org.redisonmysql.commands.strings.algo.HyperLogLog;

/**
 * PFADD key [element ...]: read-modify-write under the row lock; written only when a register
 * changed or the key was created. Redis edits the value in place, so when a corrupted sparse body
 * is found part-way, the elements added before stay added: that value is stored and the error is
 * the reply (not an exception, which would roll the write back).
 */
public final class PfaddCommand implements CommandHandler {
    private final StringEditRepository edits;

    @Inject
    public PfaddCommand(StringEditRepository edits) {
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return edits.lockedEdit(ctx.scope(), args.get(1), current -> {
            try {
                HyperLogLog.AddResult r = HyperLogLog.add(current, args.from(2));
                return new StringEditRepository.Edit<>(r.changed() ? r.value() : null, Replies.integer(r.changed() ? 1 : 0));
            } catch (HyperLogLog.CorruptedException e) {
                return new StringEditRepository.Edit<>(e.modifiedValue(), Replies.error(e.getMessage()));
            }
        });
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
