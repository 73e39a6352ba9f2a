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

/** GETBIT key offset: one indexed read that returns only the byte holding the bit (GETRANGE's statement). */
public final class GetbitCommand implements CommandHandler {
    private final StringRepository reads;

    @Inject
    public GetbitCommand(StringRepository reads) {
        this.reads = reads;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long offset = BitOps.parseBitOffset(args.get(2));
        long byteIndex = offset >>> 3;
        byte[] b = reads.getRange(ctx.scope(), args.get(1), byteIndex, byteIndex);
        if (b == null || b.length == 0) {
            return Replies.ZERO; // absent key, or past the end of the value
        }
        return Replies.integer((b[0] >> (7 - (int) (offset & 7))) & 1);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
