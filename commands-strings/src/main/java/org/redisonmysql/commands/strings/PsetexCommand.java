package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** PSETEX key milliseconds value. */
public final class PsetexCommand implements CommandHandler {
    private final StringSetRepository repository;

    @Inject
    public PsetexCommand(StringSetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long at = StringOptions.expiresAt(args.get(2), false, true, ctx.now(), "psetex");
        repository.set(ctx.scope(), args.get(1), args.get(3), at, false, StringSetRepository.When.ALWAYS);
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
