package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.BatchableCommand;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.List;

/** GET key. A pipeline's consecutive GETs are one multi-key read. */
public final class GetCommand implements BatchableCommand {
    private final StringRepository strings;

    @Inject
    public GetCommand(StringRepository strings) {
        this.strings = strings;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.bulk(strings.get(ctx.scope(), args.get(1)));
    }

    @Override
    public List<Reply> executeBatch(CommandContext ctx, List<CommandArgs> calls) {
        List<byte[]> keys = new ArrayList<>(calls.size());
        for (CommandArgs call : calls) {
            keys.add(call.get(1));
        }
        List<Reply> replies = new ArrayList<>(calls.size());
        for (byte[] value : strings.getAll(ctx.scope(), keys)) {
            replies.add(value == StringRepository.WRONG_TYPE ? Replies.error(Errors.wrongType().getMessage()) : Replies.bulk(value));
        }
        return replies;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
