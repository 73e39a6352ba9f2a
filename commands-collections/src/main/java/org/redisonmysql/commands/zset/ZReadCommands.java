package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.List;

/** The point and count reads: ZCARD, ZSCORE, ZMSCORE, ZRANK, ZREVRANK, ZCOUNT, ZLEXCOUNT. */
public final class ZReadCommands {
    private ZReadCommands() {
    }

    /** ZCARD key. */
    public static final class ZCard implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZCard(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            Long card = CollectionKeyRows.cardinality(scope, args.get(1), KeyType.ZSET);
            return Replies.integer(card == null ? 0 : card);
        }
    }

    /** ZSCORE key member. */
    public static final class ZScore implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZScore(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            Long id = zsets.readKey(scope, args.get(1));
            Double s = id == null ? null : zsets.score(scope, id, args.get(2));
            return s == null ? Replies.NULL_BULK : Replies.doubleValue(s);
        }
    }

    /** ZMSCORE key member [member ...]. */
    public static final class ZMScore implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZMScore(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            Long id = zsets.readKey(scope, args.get(1));
            List<byte[]> members = args.from(2);
            List<Reply> items = new ArrayList<>(members.size());
            if (id == null) {
                members.forEach(m -> items.add(Replies.NULL_BULK));
            } else {
                for (Double s : zsets.scores(scope, id, members)) {
                    items.add(s == null ? Replies.NULL_BULK : Replies.doubleValue(s));
                }
            }
            return Replies.array(items);
        }
    }

    /** ZRANK key member. */
    public static class ZRank implements CommandHandler {
        private final ZSetRepository zsets;
        private final boolean rev;

        @Inject
        public ZRank(ZSetRepository zsets) {
            this(zsets, false);
        }

        ZRank(ZSetRepository zsets, boolean rev) {
            this.zsets = zsets;
            this.rev = rev;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            Long id = zsets.readKey(scope, args.get(1));
            if (id == null) {
                return Replies.NULL_BULK;
            }
            long card = zsets.card(scope, id);
            Long rank = zsets.rank(scope, id, args.get(2), card);
            if (rank == null) {
                return Replies.NULL_BULK;
            }
            return Replies.integer(rev ? card - 1 - rank : rank);
        }
    }

    /** ZREVRANK key member. */
    public static final class ZRevRank extends ZRank {
        @Inject
        public ZRevRank(ZSetRepository zsets) {
            super(zsets, true);
        }
    }

    /** ZCOUNT key min max. */
    public static final class ZCount implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZCount(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            ScoreRange range = ScoreRange.parse(args.get(2), args.get(3));
            KeyScope scope = ctx.scope();
            Long id = zsets.readKey(scope, args.get(1));
            if (id == null || range.isEmpty()) {
                return Replies.ZERO;
            }
            return Replies.integer(zsets.countByScore(scope, id, range));
        }
    }

    /** ZLEXCOUNT key min max. */
    public static final class ZLexCount implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public ZLexCount(ZSetRepository zsets) {
            this.zsets = zsets;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            LexRange range = LexRange.parse(args.get(2), args.get(3));
            KeyScope scope = ctx.scope();
            Long id = zsets.readKey(scope, args.get(1));
            if (id == null || range.isEmpty()) {
                return Replies.ZERO;
            }
            return Replies.integer(zsets.countByLex(scope, id, range));
        }
    }
}
