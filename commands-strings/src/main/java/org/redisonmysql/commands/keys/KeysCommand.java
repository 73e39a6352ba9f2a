package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.GlobPattern;

/** KEYS pattern: the live keys of the tenant's current database that match. */
public final class KeysCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;

    @Inject
    public KeysCommand(KeyspaceRepository keyspace) {
        this.keyspace = keyspace;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.bulks(keyspace.keys(ctx.scope(), new GlobPattern(args.get(1))));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
