package org.redisonmysql.commands.list;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
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
            Long length = CollectionKeyRows.cardinality(scope, args.get(1), KeyType.LIST);
            return Replies.integer(length == null ? 0 : length);
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
            ListRepository.Found list = lists.find(scope, args.get(1));
            if (list == null) {
                return Replies.EMPTY_ARRAY;
            }
            return Replies.bulks(range(lists, scope, list, start, stop));
        }
    }

    /**
     * The items of [start, stop] in Redis's index semantics. The length is known from the key row,
     * so the window is read from whichever end is nearer: the primary key is walked over the
     * skipped items, O(distance to the nearer end + items returned).
     */
    static List<byte[]> range(ListRepository lists, KeyScope scope, ListRepository.Found list, long start, long stop) {
        List<byte[]> out = new ArrayList<>();
        long len = list.length();
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
        long fromTail = len - 1 - stop;
        if (start <= fromTail) {
            lists.items(scope, list.id(), true, start, stop - start + 1).forEach(i -> out.add(i.bytes()));
        } else {
            lists.items(scope, list.id(), false, fromTail, stop - start + 1).forEach(i -> out.add(i.bytes()));
            Collections.reverse(out);
        }
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
            ListRepository.Found list = lists.find(scope, args.get(1));
            if (list == null) {
                return Replies.NULL_BULK;
            }
            ListRepository.Item item = at(lists, scope, list, index);
            return item == null ? Replies.NULL_BULK : Replies.bulk(item.bytes());
        }
    }

    /** The item at a Redis index (negative from the tail), or null; read from the nearer end. */
    static ListRepository.Item at(ListRepository lists, KeyScope scope, ListRepository.Found list, long index) {
        long len = list.length();
        if (index < 0) {
            index += len;
        }
        if (index < 0 || index >= len) {
            return null;
        }
        long fromTail = len - 1 - index;
        List<ListRepository.Item> items = index <= fromTail
                ? lists.items(scope, list.id(), true, index, 1)
                : lists.items(scope, list.id(), false, fromTail, 1);
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
            ListRepository.Found list = lists.find(scope, args.get(1));
            if (list == null) {
                return count != -1 ? Replies.EMPTY_ARRAY : Replies.NULL_BULK;
            }
            long id = list.id();
            byte[] element = args.get(2);
            List<Reply> found = new ArrayList<>();
            long matches = 0;
            long index = 0;
            long len = list.length();
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
