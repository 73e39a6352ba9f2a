package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** PERSIST key: one UPDATE; 1 when the key had an expiry. */
public final class PersistCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;

    @Inject
    public PersistCommand(KeyspaceRepository keyspace) {
        this.keyspace = keyspace;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.integer(keyspace.persist(ctx.scope(), args.get(1)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
