package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RetryKind;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** DECRBY key decrement. */
public final class DecrbyCommand implements CommandHandler {
    private final StringCounterRepository repository;

    @Inject
    public DecrbyCommand(StringCounterRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long decrement = args.longAt(2);
        if (decrement == Long.MIN_VALUE) {
            throw Errors.of("ERR decrement would overflow");
        }
        return Replies.integer(repository.incrBy(ctx.scope(), args.get(1), -decrement));
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
