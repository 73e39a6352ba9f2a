package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.Objects;

/** RANDOMKEY: a live key of the current database, nil when it is empty. */
public final class RandomKeyCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;

    @Inject
    public RandomKeyCommand(KeyspaceRepository keyspace) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        byte[] key = keyspace.randomKey(ctx.scope());
        return key == null ? Replies.NULL_BULK : Replies.bulk(key);
    }

    /** A few reads, each consistent on its own; the key returned existed when it was read. */
    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
