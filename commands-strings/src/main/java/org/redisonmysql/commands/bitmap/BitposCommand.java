package org.redisonmysql.commands.bitmap;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringRepository;
import org.redisonmysql.commands.strings.algo.BitOps;

/**
 * BITPOS key bit [start [end [BYTE|BIT]]]: one read of the value. The bit is checked first, then
 * the key is looked up, then the range is parsed (Redis's order).
 */
public final class BitposCommand implements CommandHandler {
    private final StringRepository reads;

    @Inject
    public BitposCommand(StringRepository reads) {
        this.reads = reads;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        int bit = BitOps.parseBitposBit(args.get(2));
        byte[] value = reads.get(ctx.scope(), args.get(1));
        return Replies.integer(BitOps.bitpos(value, bit, args.from(3)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
