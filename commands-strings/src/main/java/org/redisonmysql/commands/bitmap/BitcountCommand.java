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
 * BITCOUNT key [start end [BYTE|BIT]]: one read of the value. Redis looks the key up before it
 * parses the range, so an absent key answers 0 even for malformed arguments.
 */
public final class BitcountCommand implements CommandHandler {
    private final StringRepository reads;

    @Inject
    public BitcountCommand(StringRepository reads) {
        this.reads = reads;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        byte[] value = reads.get(ctx.scope(), args.get(1));
        return Replies.integer(BitOps.bitcount(value, args.from(2)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
