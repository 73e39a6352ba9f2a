package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyRow;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.Objects;

/**
 * MOVE key db, in one transaction: lock the source row and the target's, then change the source
 * row's db in place (its id, expiry and child rows stay).
 */
public final class MoveCommand implements CommandHandler {
    static final String SAME_OBJECT = "ERR source and destination objects are the same";

    private final KeyspaceRepository keyspace;

    @Inject
    public MoveCommand(KeyspaceRepository keyspace) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        int db = args.intAt(2, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (db < 0 || db >= ctx.session().databases()) {
            throw Errors.of(Errors.DB_INDEX_OUT_OF_RANGE);
        }
        KeyScope source = ctx.scope();
        if (db == source.db()) {
            throw Errors.of(SAME_OBJECT);
        }
        byte[] key = args.get(1);
        KeyRow row = keyspace.lookup(source, key, true);
        if (row == null) {
            return Replies.ZERO;
        }
        KeyScope target = ctx.scope(db);
        if (keyspace.lookup(target, key, true) != null) {
            return Replies.ZERO;
        }
        keyspace.deleteRow(target, key);
        keyspace.relocate(target, row.id(), key);
        return Replies.ONE;
    }
}
