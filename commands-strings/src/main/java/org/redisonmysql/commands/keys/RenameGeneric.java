package org.redisonmysql.commands.keys;

import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyRow;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.Arrays;
import java.util.Objects;

/**
 * RENAME and RENAMENX, in one transaction: lock the source row, drop the target's row (a live key
 * being overwritten or an expired leftover), then rename the source row in place. The row keeps
 * its id, so expiry, value and any collection child rows follow without a copy.
 */
abstract class RenameGeneric implements CommandHandler {
    private final KeyspaceRepository keyspace;
    private final boolean nx;

    RenameGeneric(KeyspaceRepository keyspace, boolean nx) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
        this.nx = nx;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope scope = ctx.scope();
        byte[] key = args.get(1);
        byte[] newKey = args.get(2);
        KeyRow source = keyspace.lookup(scope, key, true);
        if (source == null) {
            throw Errors.of(Errors.NO_SUCH_KEY);
        }
        if (Arrays.equals(key, newKey)) {
            return nx ? Replies.ZERO : Replies.OK;
        }
        if (nx && keyspace.lookup(scope, newKey, true) != null) {
            return Replies.ZERO;
        }
        keyspace.deleteRow(scope, newKey);
        keyspace.relocate(scope, source.id(), newKey);
        return nx ? Replies.ONE : Replies.OK;
    }
}
