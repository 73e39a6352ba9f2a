package org.redisonmysql.commands.keys;

import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.Objects;

/**
 * EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT key time [NX | XX | GT | LT]: Redis's
 * expireGenericCommand (options first, then the time and its overflow checks), then one statement.
 */
abstract class ExpireGeneric implements CommandHandler {
    private final KeyspaceRepository keyspace;
    private final String name;
    private final boolean seconds;
    private final boolean relative;

    ExpireGeneric(KeyspaceRepository keyspace, String name, boolean seconds, boolean relative) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
        this.name = name;
        this.seconds = seconds;
        this.relative = relative;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        boolean nx = false;
        boolean xx = false;
        boolean gt = false;
        boolean lt = false;
        for (int j = 3; j < args.size(); j++) {
            if (args.is(j, "nx")) {
                nx = true;
            } else if (args.is(j, "xx")) {
                xx = true;
            } else if (args.is(j, "gt")) {
                gt = true;
            } else if (args.is(j, "lt")) {
                lt = true;
            } else {
                throw Errors.of("ERR Unsupported option " + args.text(j));
            }
        }
        if (nx && (xx || gt || lt)) {
            throw Errors.of("ERR NX and XX, GT or LT options at the same time are not compatible");
        }
        if (gt && lt) {
            throw Errors.of("ERR GT and LT options at the same time are not compatible");
        }
        long when = args.longAt(2);
        if (seconds) {
            if (when > Long.MAX_VALUE / 1000 || when < Long.MIN_VALUE / 1000) {
                throw Errors.invalidExpireTime(name);
            }
            when *= 1000;
        }
        long base = relative ? ctx.now() : 0;
        if (when > Long.MAX_VALUE - base) {
            throw Errors.invalidExpireTime(name);
        }
        when += base;
        return Replies.integer(keyspace.expire(ctx.scope(), args.get(1), when, nx, xx, gt, lt));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
