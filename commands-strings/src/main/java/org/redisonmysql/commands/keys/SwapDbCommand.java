package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.Objects;

/** SWAPDB index1 index2: swaps two of the tenant's databases (other tenants are untouched), in one transaction. */
public final class SwapDbCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;

    @Inject
    public SwapDbCommand(KeyspaceRepository keyspace) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        int a = intOr(args.get(1), "ERR invalid first DB index");
        int b = intOr(args.get(2), "ERR invalid second DB index");
        int n = ctx.session().databases();
        if (a < 0 || a >= n || b < 0 || b >= n) {
            throw Errors.of("ERR DB index is out of range");
        }
        if (a != b) {
            keyspace.swapDb(ctx.scope(), a, b);
        }
        return Replies.OK;
    }

    private static int intOr(byte[] arg, String error) {
        Long v = RedisNumbers.parseLongOrNull(arg);
        if (v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Errors.of(error);
        }
        return v.intValue();
    }
}
