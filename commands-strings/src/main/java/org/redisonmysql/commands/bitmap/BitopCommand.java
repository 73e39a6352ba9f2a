package org.redisonmysql.commands.bitmap;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.commands.strings.StringRepository;
import org.redisonmysql.commands.strings.StringSetRepository;
import org.redisonmysql.commands.strings.algo.BitOps;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * BITOP op destkey key [key ...]: reads the sources in order (WRONGTYPE on the first that is not a
 * string), then overwrites the destination as SET does (any type, TTL dropped), or deletes it
 * when every source is empty. One transaction.
 */
public final class BitopCommand implements CommandHandler {
    private final StringRepository reads;
    private final StringSetRepository sets;
    private final KeyspaceRepository keys;

    @Inject
    public BitopCommand(StringRepository reads, StringSetRepository sets, KeyspaceRepository keys) {
        this.reads = reads;
        this.sets = sets;
        this.keys = keys;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        List<byte[]> sourceKeys = args.from(3);
        BitOps.BitOp op = BitOps.parseBitOp(args.get(1), sourceKeys.size());
        KeyScope scope = ctx.scope();
        List<byte[]> values = new ArrayList<>(sourceKeys.size());
        for (byte[] key : sourceKeys) {
            values.add(reads.get(scope, key));
        }
        byte[] result = BitOps.bitop(op, values);
        byte[] dest = args.get(2);
        if (result == null) {
            keys.deleteRow(scope, dest);
            return Replies.ZERO;
        }
        sets.set(scope, dest, result, null, false, StringSetRepository.When.ALWAYS);
        return Replies.integer(result.length);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
