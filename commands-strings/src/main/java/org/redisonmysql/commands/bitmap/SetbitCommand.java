package org.redisonmysql.commands.bitmap;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringEditRepository;
import org.redisonmysql.commands.strings.algo.BitOps;

/**
 * SETBIT key offset value: read-modify-write under the row lock. The offset and the bit are
 * checked before the key is looked up, as Redis does; the key is always written (created or
 * zero-extended), which keeps its TTL.
 */
public final class SetbitCommand implements CommandHandler {
    private final StringEditRepository edits;

    @Inject
    public SetbitCommand(StringEditRepository edits) {
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long offset = BitOps.parseBitOffset(args.get(2));
        int on = BitOps.parseBitValue(args.get(3));
        return edits.lockedEdit(ctx.scope(), args.get(1), current -> {
            BitOps.SetBitResult r = BitOps.setbit(current, offset, on);
            return new StringEditRepository.Edit<>(r.value(), Replies.integer(r.oldBit()));
        });
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
