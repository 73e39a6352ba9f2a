package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.List;

/** Removals: ZREM, ZPOPMIN, ZPOPMAX, ZREMRANGEBYRANK, ZREMRANGEBYSCORE, ZREMRANGEBYLEX. */
public final class ZWriteCommands {
    private ZWriteCommands() {
    }

    /** ZREM key member [member ...]. */
    public static final class ZRem implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZRem(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = zsets.lockKey(scope, args.get(1));
            if (row == null) {
                return Replies.ZERO;
            }
            int removed = zsets.remove(scope, row.id(), args.from(2));
            if (removed > 0) {
                zsets.changed(scope, row, -removed);
            }
            return Replies.integer(removed);
        }
    }

    /** ZPOPMIN key [count]. */
    public static class ZPopMin implements CommandHandler {
        private final ZSetRepository zsets;
        private final boolean max;

        @Inject
        public ZPopMin(ZSetRepository zsets) {
            this(zsets, false);
        }

        ZPopMin(ZSetRepository zsets, boolean max) {
            this.zsets = zsets;
            this.max = max;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 3) {
                throw Errors.syntax();
            }
            boolean countGiven = args.size() == 3;
            long count = 1;
            if (countGiven) {
                Long parsed = org.redisonmysql.core.util.RedisNumbers.parseLongOrNull(args.get(2));
                count = parsed == null ? -1 : parsed;
                if (count < 0) {
                    throw Errors.of("ERR value is out of range, must be positive");
                }
            }
            List<ZEntry> popped = pop(zsets, ctx.scope(), args.get(1), max, count);
            return countGiven ? ZReplies.entries(popped, true) : ZReplies.flat(popped);
        }

        /** Pops up to count members from the low (or high) end; empty when the key does not exist. */
        static List<ZEntry> pop(ZSetRepository zsets, KeyScope scope, byte[] key, boolean max, long count) {
            CollectionKeyRows.Row row = zsets.lockKey(scope, key);
            if (row == null || count == 0) {
                return List.of();
            }
            List<ZEntry> popped = zsets.byRank(scope, row.id(), max, 0, count);
            List<byte[]> members = new ArrayList<>(popped.size());
            popped.forEach(e -> members.add(e.member()));
            if (!members.isEmpty()) {
                zsets.changed(scope, row, -zsets.remove(scope, row.id(), members));
            }
            return popped;
        }
    }

    /** ZPOPMAX key [count]. */
    public static final class ZPopMax extends ZPopMin {
        @Inject
        public ZPopMax(ZSetRepository zsets) {
            super(zsets, true);
        }
    }

    /** ZREMRANGEBYRANK key start stop. */
    public static final class ZRemRangeByRank implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZRemRangeByRank(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long start = args.longAt(2);
            long end = args.longAt(3);
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = zsets.lockKey(scope, args.get(1));
            if (row == null) {
                return Replies.ZERO;
            }
            long id = row.id();
            long len = row.card();
            if (start < 0) {
                start += len;
            }
            if (end < 0) {
                end += len;
            }
            if (start < 0) {
                start = 0;
            }
            if (start > end || start >= len) {
                return Replies.ZERO;
            }
            if (end >= len) {
                end = len - 1;
            }
            List<byte[]> members = new ArrayList<>();
            zsets.byRankNearest(scope, id, len, false, start, end).forEach(e -> members.add(e.member()));
            int removed = zsets.remove(scope, id, members);
            if (removed > 0) {
                zsets.changed(scope, row, -removed);
            }
            return Replies.integer(removed);
        }
    }

    /** ZREMRANGEBYSCORE key min max. */
    public static final class ZRemRangeByScore implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZRemRangeByScore(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            ScoreRange range = ScoreRange.parse(args.get(2), args.get(3));
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = zsets.lockKey(scope, args.get(1));
            if (row == null || range.isEmpty()) {
                return Replies.ZERO;
            }
            int removed = zsets.removeByScore(scope, row.id(), range);
            if (removed > 0) {
                zsets.changed(scope, row, -removed);
            }
            return Replies.integer(removed);
        }
    }

    /** ZREMRANGEBYLEX key min max. */
    public static final class ZRemRangeByLex implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZRemRangeByLex(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            LexRange range = LexRange.parse(args.get(2), args.get(3));
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = zsets.lockKey(scope, args.get(1));
            if (row == null || range.isEmpty()) {
                return Replies.ZERO;
            }
            int removed = zsets.removeByLex(scope, row.id(), range);
            if (removed > 0) {
                zsets.changed(scope, row, -removed);
            }
            return Replies.integer(removed);
        }
    }
}
