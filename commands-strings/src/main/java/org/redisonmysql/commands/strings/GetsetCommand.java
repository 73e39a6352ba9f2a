package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** GETSET key value: the old value; the new one has no expiry (locked path). */
public final class GetsetCommand implements CommandHandler {
    private final StringSetRepository repository;

    @Inject
    public GetsetCommand(StringSetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.bulk(repository.setLocked(ctx.scope(), args.get(1), args.get(2), null, false,
                StringSetRepository.When.ALWAYS, true).previous());
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
