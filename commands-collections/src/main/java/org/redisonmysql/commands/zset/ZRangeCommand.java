package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.List;

/**
 * Redis's {@code zrangeGenericCommand}: ZRANGE with its options and the older fixed forms
 * (ZREVRANGE, ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGEBYLEX, ZREVRANGEBYLEX), and ZRANGESTORE.
 */
public class ZRangeCommand implements CommandHandler {
    enum Type { AUTO, RANK, SCORE, LEX }

    private final ZSetRepository zsets;
    private final Type presetType;
    private final Boolean presetReverse;
    private final boolean store;

    @Inject
    public ZRangeCommand(ZSetRepository zsets) {
        this(zsets, Type.AUTO, null, false);
    }

    ZRangeCommand(ZSetRepository zsets, Type type, Boolean reverse, boolean store) {
        this.zsets = zsets;
        this.presetType = type;
        this.presetReverse = reverse;
        this.store = store;
    }

    public static final class ZRangeStore extends ZRangeCommand {
        @Inject
        public ZRangeStore(ZSetRepository z) {
            super(z, Type.AUTO, null, true);
        }
    }

    public static final class ZRevRange extends ZRangeCommand {
        @Inject
        public ZRevRange(ZSetRepository z) {
            super(z, Type.RANK, true, false);
        }
    }

    public static final class ZRangeByScore extends ZRangeCommand {
        @Inject
        public ZRangeByScore(ZSetRepository z) {
            super(z, Type.SCORE, false, false);
        }
    }

    public static final class ZRevRangeByScore extends ZRangeCommand {
        @Inject
        public ZRevRangeByScore(ZSetRepository z) {
            super(z, Type.SCORE, true, false);
        }
    }

    public static final class ZRangeByLex extends ZRangeCommand {
        @Inject
        public ZRangeByLex(ZSetRepository z) {
            super(z, Type.LEX, false, false);
        }
    }

    public static final class ZRevRangeByLex extends ZRangeCommand {
        @Inject
        public ZRevRangeByLex(ZSetRepository z) {
            super(z, Type.LEX, true, false);
        }
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        int start = store ? 2 : 1;
        Type type = presetType;
        Boolean reverse = presetReverse;
        boolean withScores = false;
        long offset = 0, limit = -1;
        for (int j = start + 3; j < args.size(); j++) {
            int left = args.size() - j - 1;
            if (!store && args.is(j, "withscores")) {
                withScores = true;
            } else if (args.is(j, "limit") && left >= 2) {
                offset = args.longAt(j + 1);
                limit = args.longAt(j + 2);
                j += 2;
            } else if (reverse == null && args.is(j, "rev")) {
                reverse = true;
            } else if (type == Type.AUTO && args.is(j, "bylex")) {
                type = Type.LEX;
            } else if (type == Type.AUTO && args.is(j, "byscore")) {
                type = Type.SCORE;
            } else {
                throw Errors.syntax();
            }
        }
        boolean rev = reverse != null && reverse;
        if (type == Type.AUTO) {
            type = Type.RANK;
        }
        if (limit != -1 && type == Type.RANK) {
            throw Errors.of("ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
        }
        if (withScores && type == Type.LEX) {
            throw Errors.of("ERR syntax error, WITHSCORES not supported in combination with BYLEX");
        }
        int minIdx = start + 1, maxIdx = start + 2;
        if (rev && type != Type.RANK) {
            minIdx = start + 2;
            maxIdx = start + 1;
        }
        long rankStart = 0, rankEnd = 0;
        ScoreRange scoreRange = null;
        LexRange lexRange = null;
        switch (type) {
            case RANK -> {
                rankStart = args.longAt(minIdx);
                rankEnd = args.longAt(maxIdx);
            }
            case SCORE -> scoreRange = ScoreRange.parse(args.get(minIdx), args.get(maxIdx));
            default -> lexRange = LexRange.parse(args.get(minIdx), args.get(maxIdx));
        }
        KeyScope scope = ctx.scope();
        Long dstId = store ? zsets.lockKeyAnyType(scope, args.get(1)) : null;
        Long id = zsets.readKey(scope, args.get(start));
        List<ZEntry> result = List.of();
        if (id != null) {
            switch (type) {
                case RANK -> {
                    long len = zsets.card(scope, id);
                    if (rankStart < 0) {
                        rankStart += len;
                    }
                    if (rankEnd < 0) {
                        rankEnd += len;
                    }
                    if (rankStart < 0) {
                        rankStart = 0;
                    }
                    if (!(rankStart > rankEnd || rankStart >= len)) {
                        if (rankEnd >= len) {
                            rankEnd = len - 1;
                        }
                        result = zsets.byRankNearest(scope, id, len, rev, rankStart, rankEnd);
                    }
                }
                case SCORE -> {
                    if (!scoreRange.isEmpty() && offset >= 0) {
                        result = zsets.byScore(scope, id, scoreRange, rev, offset, limit < 0 ? -1 : limit);
                    }
                }
                default -> {
                    if (!lexRange.isEmpty() && offset >= 0) {
                        result = zsets.byLex(scope, id, lexRange, rev, offset, limit < 0 ? -1 : limit);
                    }
                }
            }
        }
        if (!store) {
            return ZReplies.entries(result, withScores);
        }
        ZStore.replace(zsets, scope, args.get(1), dstId, result);
        return Replies.integer(result.size());
    }
}
