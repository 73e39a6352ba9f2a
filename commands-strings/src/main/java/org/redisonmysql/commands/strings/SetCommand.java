package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.BatchableCommand;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SET key value [NX | XX] [GET] [EX s | PX ms | EXAT s | PXAT ms | KEEPTTL]: one statement
 * unless GET (or another type in the way) needs the locked path.
 */
public final class SetCommand implements BatchableCommand {
    private final StringSetRepository strings;

    @Inject
    public SetCommand(StringSetRepository strings) {
        this.strings = strings;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        StringOptions options = StringOptions.forSet(args);
        Long expiresAt = options.expiresAt(ctx.now(), "set");
        StringSetRepository.When when = options.has(StringOptions.NX) ? StringSetRepository.When.NX
                : options.has(StringOptions.XX) ? StringSetRepository.When.XX : StringSetRepository.When.ALWAYS;
        boolean keepTtl = options.has(StringOptions.KEEPTTL);
        if (options.has(StringOptions.GET)) {
            return Replies.bulk(strings.setLocked(ctx.scope(), args.get(1), args.get(2), expiresAt, keepTtl, when, true)
                    .previous());
        }
        return strings.set(ctx.scope(), args.get(1), args.get(2), expiresAt, keepTtl, when) ? Replies.OK : Replies.NULL_BULK;
    }

    /**
     * A pipeline's consecutive plain {@code SET key value} calls are one multi-row upsert, exactly
     * what MSET of the same pairs does (the last value of a repeated key wins, any TTL is removed,
     * another type is replaced); calls with options run one by one.
     */
    @Override
    public List<Reply> executeBatch(CommandContext ctx, List<CommandArgs> calls) {
        List<byte[]> pairs = new ArrayList<>(calls.size() * 2);
        for (CommandArgs call : calls) {
            if (call.size() != 3) {
                return null;
            }
            pairs.add(call.get(1));
            pairs.add(call.get(2));
        }
        strings.mset(ctx.scope(), pairs);
        return Collections.nCopies(calls.size(), Replies.OK);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
