package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** GETEX key [EX s | PX ms | EXAT s | PXAT ms | PERSIST]: a plain GET without options. */
public final class GetexCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringTakeRepository takes;

    @Inject
    public GetexCommand(StringRepository reads, StringTakeRepository takes) {
        this.reads = reads;
        this.takes = takes;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        StringOptions options = StringOptions.forGetex(args);
        if (options.expire != null) {
            return Replies.bulk(takes.getEx(ctx.scope(), args.get(1), StringTakeRepository.ExpiryChange.SET,
                    () -> options.expiresAt(ctx.now(), "getex")));
        }
        if (options.has(StringOptions.PERSIST)) {
            return Replies.bulk(takes.getEx(ctx.scope(), args.get(1), StringTakeRepository.ExpiryChange.PERSIST, () -> 0));
        }
        return Replies.bulk(reads.get(ctx.scope(), args.get(1)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
