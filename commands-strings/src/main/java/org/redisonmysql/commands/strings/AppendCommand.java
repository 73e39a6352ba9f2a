package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** APPEND key value: one upsert concatenating in SQL. */
public final class AppendCommand implements CommandHandler {
    private final StringEditRepository repository;

    @Inject
    public AppendCommand(StringEditRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.integer(repository.append(ctx.scope(), args.get(1), args.get(2)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
