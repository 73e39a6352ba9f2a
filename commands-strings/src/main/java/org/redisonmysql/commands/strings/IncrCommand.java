package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RetryKind;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** INCR key. */
public final class IncrCommand implements CommandHandler {
    private final StringCounterRepository repository;

    @Inject
    public IncrCommand(StringCounterRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.integer(repository.incrBy(ctx.scope(), args.get(1), 1));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    @Override
    public RetryKind retryKind() {
        return RetryKind.COUNTER;
    }
}
