package org.redisonmysql.commands.strings;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.Lcs;
import org.redisonmysql.core.util.RedisNumbers;
import org.redisonmysql.core.util.RedisStrings;

import java.util.ArrayList;
import java.util.List;

/** LCS key1 key2 [LEN] [IDX] [MINMATCHLEN n] [WITHMATCHLEN]: both values in one read, computed here. */
public final class LcsCommand implements CommandHandler {
    private final StringRepository strings;

    @Inject
    public LcsCommand(StringRepository strings) {
        this.strings = strings;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        List<byte[]> values = strings.stringsOrEmpty(ctx.scope(), args.get(1), args.get(2), Lcs.ERR_NOT_STRINGS);
        boolean idx = false;
        boolean len = false;
        boolean withMatchLen = false;
        long minMatchLen = 0;
        for (int j = 3; j < args.size(); j++) {
            boolean more = j < args.size() - 1;
            if (args.is(j, "idx")) {
                idx = true;
            } else if (args.is(j, "len")) {
                len = true;
            } else if (args.is(j, "withmatchlen")) {
                withMatchLen = true;
            } else if (args.is(j, "minmatchlen") && more) {
                minMatchLen = Math.max(0, RedisNumbers.parseLong(args.get(++j)));
            } else {
                throw Errors.syntax();
            }
        }
        if (idx && len) {
            throw Errors.of(Lcs.ERR_LEN_AND_IDX);
        }
        byte[] a = values.get(0);
        byte[] b = values.get(1);
        if (len) {
            return Replies.integer(Lcs.length(a, b, RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN));
        }
        Lcs.Result result = Lcs.compute(a, b, RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN, minMatchLen);
        if (!idx) {
            return Replies.bulk(result.lcs());
        }
        List<Reply> matches = new ArrayList<>(result.matches().size());
        for (Lcs.Match m : result.matches()) {
            List<Reply> item = new ArrayList<>(3);
            item.add(Replies.array(List.of(Replies.integer(m.aStart()), Replies.integer(m.aEnd()))));
            item.add(Replies.array(List.of(Replies.integer(m.bStart()), Replies.integer(m.bEnd()))));
            if (withMatchLen) {
                item.add(Replies.integer(m.length()));
            }
            matches.add(Replies.array(item));
        }
        return Replies.map(List.of(Replies.bulk("matches"), Replies.array(matches),
                Replies.bulk("len"), Replies.integer(result.length())));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
