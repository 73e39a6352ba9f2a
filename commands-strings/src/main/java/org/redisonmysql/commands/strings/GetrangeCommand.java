package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** GETRANGE key start end (and SUBSTR): only the range leaves the database. */
public final class GetrangeCommand implements CommandHandler {
    private final StringRepository repository;

    @Inject
    public GetrangeCommand(StringRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long start = args.longAt(2);
        long end = args.longAt(3);
        if (start < 0 && end < 0 && start > end) {
            // Empty whatever the value, but the key must still be a string.
            repository.strlen(ctx.scope(), args.get(1));
            return Replies.bulk(new byte[0]);
        }
        byte[] range = repository.getRange(ctx.scope(), args.get(1), clamp(start), clamp(end));
        return Replies.bulk(range == null ? new byte[0] : range);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    /** Beyond any value length (512 MB), so clamping keeps Redis's arithmetic and SQL cannot overflow. */
    private static long clamp(long index) {
        return Math.max(-(1L << 40), Math.min(1L << 40, index));
    }
}
