package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** MSETNX key value [key value ...]: all or nothing, under row locks. */
public final class MsetnxCommand implements CommandHandler {
    private final StringSetRepository repository;

    @Inject
    public MsetnxCommand(StringSetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() % 2 == 0) {
            throw Errors.wrongArity("msetnx");
        }
        return repository.msetnx(ctx.scope(), args.from(1)) ? Replies.ONE : Replies.ZERO;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
