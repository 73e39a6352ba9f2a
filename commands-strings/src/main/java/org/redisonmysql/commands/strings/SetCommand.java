package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** SET key value (the options come with the strings family). */
public final class SetCommand implements CommandHandler {
    private final StringRepository strings;

    @Inject
    public SetCommand(StringRepository strings) {
        this.strings = strings;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() != 3) {
            throw Errors.syntax();
        }
        strings.set(ctx.scope(), args.get(1), args.get(2), null);
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
