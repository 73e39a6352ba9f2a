package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.blocking.BlockingRegistry;
import org.redisonmysql.core.blocking.BlockingTimeout;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.List;
import java.util.Objects;

/**
 * BZPOPMIN, BZPOPMAX and BZMPOP: the pop of ZPOPMIN / ZMPOP on the first non-empty key; when all
 * are empty the client blocks through {@link BlockingRegistry} exactly as BLPOP does (inside MULTI
 * or a script it answers as on timeout: a null array).
 */
public final class BZPopCommands {
    private BZPopCommands() {
    }

    /** The first key with members, popped and answered; null when all are empty. */
    abstract static class BlockingZPop implements CommandHandler {
        final ZSetRepository zsets;
        final BlockingRegistry blocking;

        BlockingZPop(ZSetRepository zsets, BlockingRegistry blocking) {
            this.zsets = Objects.requireNonNull(zsets, "zsets");
            this.blocking = Objects.requireNonNull(blocking, "blocking");
        }

        abstract Reply reply(byte[] key, List<ZEntry> popped);

        /** A key of another type is WRONGTYPE on the first try (as Redis) and skipped on a retry. */
        Reply attempt(CommandContext ctx, List<byte[]> keys, boolean max, long count, boolean retry) {
            for (byte[] key : keys) {
                List<ZEntry> popped;
                try {
                    popped = ZWriteCommands.ZPopMin.pop(zsets, ctx.scope(), key, max, count);
                } catch (RedisException e) {
                    if (retry) {
                        continue;
                    }
                    throw e;
                }
                if (!popped.isEmpty()) {
                    return reply(key, popped);
                }
            }
            return null;
        }

        Reply run(CommandContext ctx, List<byte[]> keys, boolean max, long count, long timeoutMs) {
            Reply r = attempt(ctx, keys, max, count, false);
            if (r != null) {
                return r;
            }
            if (ctx.inTransactionBlock()) {
                return Replies.NULL_ARRAY;
            }
            return blocking.block(ctx, keys, KeyType.ZSET, timeoutMs, Replies.NULL_ARRAY,
                    c -> attempt(c, keys, max, count, true));
        }
    }

    /** BZPOPMIN / BZPOPMAX key [key ...] timeout: [key, member, score]. */
    abstract static class BZPop extends BlockingZPop {
        private final boolean max;

        BZPop(ZSetRepository zsets, BlockingRegistry blocking, boolean max) {
            super(zsets, blocking);
            this.max = max;
        }

        @Override
        Reply reply(byte[] key, List<ZEntry> popped) {
            ZEntry e = popped.get(0);
            return out -> {
                out.arrayHeader(3);
                out.bulk(key);
                out.bulk(e.member());
                out.doubleValue(e.score());
            };
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long timeout = BlockingTimeout.parseMillis(args.get(args.size() - 1));
            return run(ctx, args.from(1).subList(0, args.size() - 2), max, 1, timeout);
        }
    }

    public static final class BZPopMin extends BZPop {
        @Inject
        public BZPopMin(ZSetRepository zsets, BlockingRegistry blocking) {
            super(zsets, blocking, false);
        }
    }

    public static final class BZPopMax extends BZPop {
        @Inject
        public BZPopMax(ZSetRepository zsets, BlockingRegistry blocking) {
            super(zsets, blocking, true);
        }
    }

    /** BZMPOP timeout numkeys key [key ...] MIN|MAX [COUNT count]: ZMPOP's reply; the timeout is parsed last, as Redis. */
    public static final class BZMPop extends BlockingZPop {
        @Inject
        public BZMPop(ZSetRepository zsets, BlockingRegistry blocking) {
            super(zsets, blocking);
        }

        @Override
        Reply reply(byte[] key, List<ZEntry> popped) {
            return ZMPopCommand.reply(key, popped);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            ZMPopCommand.Request request = ZMPopCommand.parse(args, 2);
            long timeout = BlockingTimeout.parseMillis(args.get(1));
            return run(ctx, request.keys(), request.max(), request.count(), timeout);
        }
    }
}
