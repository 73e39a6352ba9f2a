package org.redisonmysql.server.commands.keyspace;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RetryKind;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/** DBSIZE: live keys of the caller's tenant in the selected database (one COUNT statement). */
public final class DbSizeCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;

    @Inject
    public DbSizeCommand(KeyspaceRepository keyspace) {
        this.keyspace = keyspace;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        return Replies.integer(keyspace.count(ctx.scope()));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    @Override
    public RetryKind retryKind() {
        return RetryKind.WRITE;
    }
}
