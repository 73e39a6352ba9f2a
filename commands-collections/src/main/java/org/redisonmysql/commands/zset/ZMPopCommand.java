package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.List;
import java.util.Objects;

/**
 * ZMPOP numkeys key [key ...] MIN|MAX [COUNT count]: pops from the first key that holds a sorted
 * set (keys before it that do not exist are skipped; one of another type answers WRONGTYPE), in
 * one transaction. Parsed in Redis's order, with its errors.
 */
public final class ZMPopCommand implements CommandHandler {
    private final ZSetRepository zsets;

    @Inject
    public ZMPopCommand(ZSetRepository zsets) {
        this.zsets = Objects.requireNonNull(zsets, "zsets");
    }

    /** The parsed arguments: the keys, the end to pop from, how many. */
    record Request(List<byte[]> keys, boolean max, long count) {
    }

    static Request parse(CommandArgs args, int numkeysIndex) {
        long numkeys = positive(args.get(numkeysIndex), "ERR numkeys should be greater than 0");
        long whereIndex = numkeysIndex + numkeys + 1;
        if (whereIndex >= args.size()) {
            throw Errors.syntax();
        }
        int where = (int) whereIndex;
        boolean max;
        if (args.is(where, "MIN")) {
            max = false;
        } else if (args.is(where, "MAX")) {
            max = true;
        } else {
            throw Errors.syntax();
        }
        long count = -1;
        for (int j = where + 1; j < args.size(); j++) {
            boolean moreArgs = j < args.size() - 1;
            if (count == -1 && args.is(j, "COUNT") && moreArgs) {
                j++;
                count = positive(args.get(j), "ERR count should be greater than 0");
            } else {
                throw Errors.syntax();
            }
        }
        return new Request(args.from(numkeysIndex + 1).subList(0, (int) numkeys), max, count == -1 ? 1 : count);
    }

    private static long positive(byte[] arg, String error) {
        Long v = RedisNumbers.parseLongOrNull(arg);
        if (v == null || v < 1) {
            throw new RedisException(error);
        }
        return v;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        Request request = parse(args, 1);
        KeyScope scope = ctx.scope();
        for (byte[] key : request.keys()) {
            List<ZEntry> popped = ZWriteCommands.ZPopMin.pop(zsets, scope, key, request.max(), request.count());
            if (!popped.isEmpty()) {
                return reply(key, popped);
            }
        }
        return Replies.NULL_ARRAY;
    }

    /** [key, [[member, score], ...]]: nested pairs in both protocols (scores as doubles in RESP3). */
    static Reply reply(byte[] key, List<ZEntry> popped) {
        return out -> {
            out.arrayHeader(2);
            out.bulk(key);
            out.arrayHeader(popped.size());
            for (ZEntry e : popped) {
                out.arrayHeader(2);
                out.bulk(e.member());
                out.doubleValue(e.score());
            }
        };
    }
}
