package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyRow;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyTypeHooks;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * COPY source destination [DB destination-db] [REPLACE], in one transaction: lock the source row,
 * check the target, drop the target's row if replaced (or expired), copy the key row with one
 * INSERT ... SELECT, and for collections let the family's {@link KeyTypeHooks} copy the child rows.
 */
public final class CopyCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;
    private final Map<KeyType, KeyTypeHooks> hooks = new EnumMap<>(KeyType.class);

    @Inject
    public CopyCommand(KeyspaceRepository keyspace, Set<KeyTypeHooks> hooks) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
        for (KeyTypeHooks h : hooks) {
            this.hooks.put(h.type(), h);
        }
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope source = ctx.scope();
        int db = source.db();
        boolean replace = false;
        for (int j = 3; j < args.size(); j++) {
            int additional = args.size() - j - 1;
            if (args.is(j, "replace")) {
                replace = true;
            } else if (args.is(j, "db") && additional >= 1) {
                db = args.intAt(j + 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
                if (db < 0 || db >= ctx.session().databases()) {
                    throw Errors.of(Errors.DB_INDEX_OUT_OF_RANGE);
                }
                j++;
            } else {
                throw Errors.syntax();
            }
        }
        byte[] key = args.get(1);
        byte[] newKey = args.get(2);
        if (db == source.db() && Arrays.equals(key, newKey)) {
            throw Errors.of(MoveCommand.SAME_OBJECT);
        }
        KeyRow row = keyspace.lookup(source, key, true);
        if (row == null) {
            return Replies.ZERO;
        }
        KeyScope target = ctx.scope(db);
        if (!replace && keyspace.lookup(target, newKey, true) != null) {
            return Replies.ZERO;
        }
        Long newId;
        while (true) {
            keyspace.deleteRow(target, newKey);
            newId = keyspace.copyRow(target, row.id(), newKey);
            if (newId != null) {
                break;
            }
            // Created concurrently after the lookup found nothing: it came first, so without
            // REPLACE the copy does not happen; with REPLACE it is deleted (now committed) and copied over.
            if (!replace) {
                return Replies.ZERO;
            }
        }
        if (row.type() != KeyType.STRING) {
            KeyTypeHooks h = hooks.get(row.type());
            if (h == null) {
                throw new IllegalStateException("no KeyTypeHooks registered for type " + row.type());
            }
            h.copyChildren(target.dsl(), row.id(), newId);
        }
        return Replies.ONE;
    }
}
