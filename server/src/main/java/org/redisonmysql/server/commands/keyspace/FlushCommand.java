package org.redisonmysql.server.commands.keyspace;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

/**
 * FLUSHDB and FLUSHALL [ASYNC|SYNC]: one DELETE scoped to the caller's tenant (and, for FLUSHDB,
 * its selected database). ASYNC is accepted and runs synchronously: MySQL does the work either way.
 */
public class FlushCommand implements CommandHandler {
    private final KeyspaceRepository keyspace;
    private final boolean all;

    @Inject
    public FlushCommand(KeyspaceRepository keyspace) {
        this(keyspace, false);
    }

    FlushCommand(KeyspaceRepository keyspace, boolean all) {
        this.keyspace = keyspace;
        this.all = all;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        if (args.size() > 2 || (args.size() == 2 && !args.is(1, "async") && !args.is(1, "sync"))) {
            throw Errors.syntax();
        }
        if (all) {
            keyspace.flushAll(ctx.scope());
        } else {
            keyspace.flushDb(ctx.scope());
        }
        return Replies.OK;
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    /** FLUSHALL: every database of the tenant. */
    public static final class All extends FlushCommand {
        @Inject
        public All(KeyspaceRepository keyspace) {
            super(keyspace, true);
        }
    }
}
