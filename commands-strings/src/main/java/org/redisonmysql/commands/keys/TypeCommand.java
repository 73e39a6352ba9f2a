package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** TYPE key: the type's name, none when the key does not exist. */
public final class TypeCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;

    @Inject
    public TypeCommand(KeyspaceRepository keyspace) {
        this.keyspace = keyspace;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        org.redisonmysql.core.keyspace.KeyType type = keyspace.type(ctx.scope(), args.get(1));
        return Replies.simple(type == null ? "none" : type.redisName());
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
