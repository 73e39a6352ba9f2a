package org.redisonmysql.commands.list;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** LLEN, LRANGE, LINDEX, LPOS: reads that walk the primary key from whichever end is nearer. */
public final class ListReadCommands {
    private ListReadCommands() {
    }

    /** LLEN key. */
    public static final class LLen implements CommandHandler {
        private final ListRepository lists;

        @Inject
        public LLen(ListRepository lists) {
            this.lists = Objects.requireNonNull(lists, "lists");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            Long id = lists.find(scope, args.get(1));
            return Replies.integer(id == null ? 0 : lists.length(scope, id));
        }
    }

    /** LRANGE key start stop. */
    public static final class LRange implements CommandHandler {
        private final ListRepository lists;

        @Inject
        public LRange(ListRepository lists) {
            this.lists = Objects.requireNonNull(lists, "lists");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long start = args.longAt(2);
            long stop = args.longAt(3);
            KeyScope scope = ctx.scope();
            Long id = lists.find(scope, args.get(1));
            if (id == null) {
                return Replies.EMPTY_ARRAY;
            }
            return Replies.bulks(range(lists, scope, id, start, stop));
        }
    }

    /**
     * The items of [start, stop] in Redis's index semantics. Indexes of one sign need no length:
     * both non-negative walk from the head, both negative from the tail.
     */
    static List<byte[]> range(ListRepository lists, KeyScope scope, long id, long start, long stop) {
        List<byte[]> out = new ArrayList<>();
        if (start >= 0 && stop >= 0) {
            if (start <= stop) {
                lists.items(scope, id, true, start, stop - start + 1).forEach(i -> out.add(i.bytes()));
            }
            return out;
        }
        if (start < 0 && stop < 0) {
            if (start <= stop) {
                lists.items(scope, id, false, -stop - 1, stop - start + 1).forEach(i -> out.add(i.bytes()));
                Collections.reverse(out);
            }
            return out;
        }
        long len = lists.length(scope, id);
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop += len;
        }
        if (start > stop || start >= len) {
            return out;
        }
        stop = Math.min(stop, len - 1);
        lists.items(scope, id, true, start, stop - start + 1).forEach(i -> out.add(i.bytes()));
        return out;
    }

    /** LINDEX key index. */
    public static final class LIndex implements CommandHandler {
        private final ListRepository lists;

        @Inject
        public LIndex(ListRepository lists) {
            this.lists = Objects.requireNonNull(lists, "lists");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long index = args.longAt(2);
            KeyScope scope = ctx.scope();
            Long id = lists.find(scope, args.get(1));
            if (id == null) {
                return Replies.NULL_BULK;
            }
            ListRepository.Item item = at(lists, scope, id, index);
            return item == null ? Replies.NULL_BULK : Replies.bulk(item.bytes());
        }
    }

    /** The item at a Redis index (negative from the tail), or null. */
    static ListRepository.Item at(ListRepository lists, KeyScope scope, long id, long index) {
        List<ListRepository.Item> items = index >= 0
                ? lists.items(scope, id, true, index, 1)
                : index == Long.MIN_VALUE ? List.of() : lists.items(scope, id, false, -index - 1, 1);
        return items.isEmpty() ? null : items.get(0);
    }

    /** LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]. */
    public static final class LPos implements CommandHandler {
        private final ListRepository lists;

        @Inject
        public LPos(ListRepository lists) {
            this.lists = Objects.requireNonNull(lists, "lists");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long rank = 1;
            long count = -1;
            long maxlen = 0;
            for (int j = 3; j < args.size(); j++) {
                boolean more = j + 1 < args.size();
                if (args.is(j, "rank") && more) {
                    rank = args.longAt(++j);
                    if (rank == 0) {
                        throw Errors.of("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... "
                                + "or use negative to start from the end of the list");
                    }
                } else if (args.is(j, "count") && more) {
                    count = nonNegative(args, ++j, "ERR COUNT can't be negative");
                } else if (args.is(j, "maxlen") && more) {
                    maxlen = nonNegative(args, ++j, "ERR MAXLEN can't be negative");
                } else {
                    throw Errors.syntax();
                }
            }
            boolean fromHead = rank > 0;
            // Redis negates a negative rank; LLONG_MIN stays negative there, so every match qualifies.
            if (rank < 0) {
                rank = rank == Long.MIN_VALUE ? Long.MIN_VALUE : -rank;
            }
            KeyScope scope = ctx.scope();
            Long id = lists.find(scope, args.get(1));
            if (id == null) {
                return count != -1 ? Replies.EMPTY_ARRAY : Replies.NULL_BULK;
            }
            byte[] element = args.get(2);
            List<Reply> found = new ArrayList<>();
            long matches = 0;
            long index = 0;
            long len = -1;
            final int page = 1000;
            scan:
            while (maxlen == 0 || index < maxlen) {
                long want = maxlen == 0 ? page : Math.min(page, maxlen - index);
                List<ListRepository.Item> items = lists.items(scope, id, fromHead, index, want);
                for (ListRepository.Item item : items) {
                    if (java.util.Arrays.equals(item.bytes(), element)) {
                        matches++;
                        if (matches >= rank) {
                            // Redis reports indexes from the head whichever way it walks.
                            if (!fromHead && len < 0) {
                                len = lists.length(scope, id);
                            }
                            found.add(Replies.integer(fromHead ? index : len - 1 - index));
                            if (count == -1 || (count != 0 && matches - rank + 1 >= count)) {
                                break scan;
                            }
                        }
                    }
                    index++;
                }
                if (items.size() < want) {
                    break;
                }
            }
            if (count == -1) {
                return found.isEmpty() ? Replies.NULL_BULK : found.get(0);
            }
            return Replies.array(found);
        }

        private static long nonNegative(CommandArgs args, int i, String error) {
            long v = args.longAt(i);
            if (v < 0) {
                throw Errors.of(error);
            }
            return v;
        }
    }
}
