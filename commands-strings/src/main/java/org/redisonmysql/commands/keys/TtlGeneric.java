package org.redisonmysql.commands.keys;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.KeyRow;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.Objects;

/** TTL, PTTL, EXPIRETIME and PEXPIRETIME: Redis's ttlGenericCommand over one indexed read. */
abstract class TtlGeneric implements CommandHandler {
    private final KeyspaceRepository keyspace;
    private final boolean millis;
    private final boolean absolute;

    TtlGeneric(KeyspaceRepository keyspace, boolean millis, boolean absolute) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
        this.millis = millis;
        this.absolute = absolute;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyRow row = keyspace.lookup(ctx.scope(), args.get(1), false);
        if (row == null) {
            return Replies.integer(-2);
        }
        if (row.expiresAt() == null) {
            return Replies.integer(-1);
        }
        long ttl = absolute ? row.expiresAt() : row.expiresAt() - ctx.now();
        if (ttl < 0) {
            ttl = 0;
        }
        return Replies.integer(millis ? ttl : (ttl + 500) / 1000);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

}
