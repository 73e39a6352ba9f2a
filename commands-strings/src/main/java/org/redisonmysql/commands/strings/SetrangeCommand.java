package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisStrings;

/** SETRANGE key offset value: one upsert editing the value in SQL. */
public final class SetrangeCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringEditRepository edits;

    @Inject
    public SetrangeCommand(StringRepository reads, StringEditRepository edits) {
        this.reads = reads;
        this.edits = edits;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long offset = args.longAt(2);
        RedisStrings.checkSetRangeOffset(offset);
        byte[] value = args.get(3);
        if (value.length == 0) {
            // Nothing to write: the current length (0 when missing), after the type check.
            return Replies.integer(reads.strlen(ctx.scope(), args.get(1)));
        }
        if (offset + value.length > RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN || offset + value.length < 0) {
            reads.strlen(ctx.scope(), args.get(1)); // WRONGTYPE comes first
            RedisStrings.checkStringLength(offset, value.length, RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN);
        }
        return Replies.integer(edits.setRange(ctx.scope(), args.get(1), offset, value));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
