package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** MSET key value [key value ...]: one multi-row upsert. */
public final class MsetCommand implements CommandHandler {
    private final StringSetRepository repository;

    @Inject
    public MsetCommand(StringSetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() % 2 == 0) {
            throw Errors.wrongArity("mset");
        }
        repository.mset(ctx.scope(), args.from(1));
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
