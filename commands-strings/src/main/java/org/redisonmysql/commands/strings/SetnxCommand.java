package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** SETNX key value: SET NX answering 1 or 0 (one statement). */
public final class SetnxCommand implements CommandHandler {
    private final StringSetRepository repository;

    @Inject
    public SetnxCommand(StringSetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        boolean written = repository.set(ctx.scope(), args.get(1), args.get(2), null, false, StringSetRepository.When.NX);
        return written ? Replies.ONE : Replies.ZERO;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
