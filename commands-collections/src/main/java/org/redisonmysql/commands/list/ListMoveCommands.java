package org.redisonmysql.commands.list;

import com.google.inject.Inject;
import org.redisonmysql.core.blocking.BlockingRegistry;
import org.redisonmysql.core.blocking.BlockingTimeout;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.List;
import java.util.Objects;

/**
 * RPOPLPUSH, LMOVE, LMPOP and their blocking forms BRPOPLPUSH, BLMOVE, BLMPOP, BLPOP, BRPOP. A
 * blocking form that finds nothing registers with {@link BlockingRegistry}, which retries the same
 * attempt in a new transaction when a key it waits on gets elements; inside MULTI it answers as
 * on timeout.
 */
public final class ListMoveCommands {
    private ListMoveCommands() {
    }

    static boolean side(CommandArgs args, int i) {
        if (args.is(i, "left")) {
            return true;
        }
        if (args.is(i, "right")) {
            return false;
        }
        throw Errors.syntax();
    }

    /** The move (LMOVE and friends): a bulk reply, null when the source is empty. */
    abstract static class Move implements CommandHandler {
        final ListOps ops;
        final BlockingRegistry blocking;

        Move(ListRepository lists, BlockingRegistry blocking) {
            this.ops = new ListOps(lists);
            this.blocking = Objects.requireNonNull(blocking, "blocking");
        }

        Reply attempt(CommandContext ctx, byte[] source, byte[] destination, boolean fromHead, boolean toHead) {
            byte[] moved = ops.move(ctx.scope(), source, destination, fromHead, toHead);
            if (moved == null) {
                return null;
            }
            blocking.signalAfterCommit(ctx, destination);
            return Replies.bulk(moved);
        }

        Reply run(CommandContext ctx, byte[] source, byte[] destination, boolean fromHead, boolean toHead, Long timeoutMs) {
            Reply r = attempt(ctx, source, destination, fromHead, toHead);
            if (r != null) {
                return r;
            }
            if (timeoutMs == null || ctx.inTransactionBlock()) {
                return Replies.NULL_BULK;
            }
            // Redis answers a timed-out BRPOPLPUSH / BLMOVE with a null array, not a null bulk.
            return blocking.block(ctx, List.of(source), KeyType.LIST, timeoutMs, Replies.NULL_ARRAY,
                    c -> attempt(c, source, destination, fromHead, toHead));
        }
    }

    /** RPOPLPUSH source destination. */
    public static final class RPopLPush extends Move {
        @Inject
        public RPopLPush(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return run(ctx, args.get(1), args.get(2), false, true, null);
        }
    }

    /** LMOVE source destination LEFT|RIGHT LEFT|RIGHT. */
    public static final class LMove extends Move {
        @Inject
        public LMove(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            boolean from = side(args, 3);
            boolean to = side(args, 4);
            return run(ctx, args.get(1), args.get(2), from, to, null);
        }
    }

    /** BRPOPLPUSH source destination timeout. */
    public static final class BRPopLPush extends Move {
        @Inject
        public BRPopLPush(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long timeout = BlockingTimeout.parseMillis(args.get(3));
            return run(ctx, args.get(1), args.get(2), false, true, timeout);
        }
    }

    /** BLMOVE source destination LEFT|RIGHT LEFT|RIGHT timeout. */
    public static final class BLMove extends Move {
        @Inject
        public BLMove(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            boolean from = side(args, 3);
            boolean to = side(args, 4);
            long timeout = BlockingTimeout.parseMillis(args.get(5));
            return run(ctx, args.get(1), args.get(2), from, to, timeout);
        }
    }

    /** Pops from the first non-empty of several lists: [key, [items]] (LMPOP) or [key, item] (BLPOP). */
    abstract static class MultiPop implements CommandHandler {
        final ListOps ops;
        final BlockingRegistry blocking;

        MultiPop(ListRepository lists, BlockingRegistry blocking) {
            this.ops = new ListOps(lists);
            this.blocking = Objects.requireNonNull(blocking, "blocking");
        }

        /**
         * The first key with elements, popped; null when all are empty. A key of another type is
         * WRONGTYPE on the first try (as Redis answers) and skipped on a retry (Redis keeps waiting).
         */
        Reply attempt(CommandContext ctx, List<byte[]> keys, boolean head, long count, boolean single, boolean retry) {
            KeyScope scope = ctx.scope();
            for (byte[] key : keys) {
                List<byte[]> popped;
                try {
                    popped = ops.pop(scope, key, head, count);
                } catch (RedisException e) {
                    if (retry) {
                        continue;
                    }
                    throw e;
                }
                if (popped != null) {
                    return Replies.array(List.of(Replies.bulk(key), single ? Replies.bulk(popped.get(0)) : Replies.bulks(popped)));
                }
            }
            return null;
        }

        Reply run(CommandContext ctx, List<byte[]> keys, boolean head, long count, boolean single, Long timeoutMs) {
            Reply r = attempt(ctx, keys, head, count, single, false);
            if (r != null) {
                return r;
            }
            if (timeoutMs == null || ctx.inTransactionBlock()) {
                return Replies.NULL_ARRAY;
            }
            return blocking.block(ctx, keys, KeyType.LIST, timeoutMs, Replies.NULL_ARRAY,
                    c -> attempt(c, keys, head, count, single, true));
        }
    }

    /** BLPOP / BRPOP key [key ...] timeout. */
    abstract static class BPop extends MultiPop {
        private final boolean head;

        BPop(ListRepository lists, BlockingRegistry blocking, boolean head) {
            super(lists, blocking);
            this.head = head;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long timeout = BlockingTimeout.parseMillis(args.get(args.size() - 1));
            return run(ctx, args.from(1).subList(0, args.size() - 2), head, 1, true, timeout);
        }
    }

    public static final class BLPop extends BPop {
        @Inject
        public BLPop(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, true);
        }
    }

    public static final class BRPop extends BPop {
        @Inject
        public BRPop(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, false);
        }
    }

    /** LMPOP numkeys key [key ...] LEFT|RIGHT [COUNT count], and BLMPOP timeout numkeys ... */
    abstract static class MPop extends MultiPop {
        private final boolean blockingForm;

        MPop(ListRepository lists, BlockingRegistry blocking, boolean blockingForm) {
            super(lists, blocking);
            this.blockingForm = blockingForm;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            int numkeysIdx = blockingForm ? 2 : 1;
            Long timeout = blockingForm ? BlockingTimeout.parseMillis(args.get(1)) : null;
            Long numkeys = org.redisonmysql.core.util.RedisNumbers.parseLongOrNull(args.get(numkeysIdx));
            if (numkeys == null || numkeys <= 0) {
                throw Errors.of("ERR numkeys should be greater than 0");
            }
            long whereIdx = numkeysIdx + numkeys + 1;
            if (whereIdx >= args.size()) {
                throw Errors.syntax();
            }
            boolean head = side(args, (int) whereIdx);
            long count = -1;
            for (int j = (int) whereIdx + 1; j < args.size(); j++) {
                if (args.is(j, "count") && j + 1 < args.size() && count == -1) {
                    Long parsed = org.redisonmysql.core.util.RedisNumbers.parseLongOrNull(args.get(++j));
                    count = parsed == null ? 0 : parsed;
                    if (count <= 0) {
                        throw Errors.of("ERR count should be greater than 0");
                    }
                } else {
                    throw Errors.syntax();
                }
            }
            List<byte[]> keys = args.from(numkeysIdx + 1).subList(0, numkeys.intValue());
            return run(ctx, keys, head, count == -1 ? 1 : count, false, timeout);
        }
    }

    public static final class LMPop extends MPop {
        @Inject
        public LMPop(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, false);
        }
    }

    public static final class BLMPop extends MPop {
        @Inject
        public BLMPop(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, true);
        }
    }
}
