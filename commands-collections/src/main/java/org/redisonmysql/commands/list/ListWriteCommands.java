package org.redisonmysql.commands.list;

import com.google.inject.Inject;
import org.redisonmysql.core.blocking.BlockingRegistry;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.List;
import java.util.Objects;

/** Pushes, pops and in-place edits: one transaction each, serialized on the key row's lock. */
public final class ListWriteCommands {
    private ListWriteCommands() {
    }

    /** LPUSH / RPUSH / LPUSHX / RPUSHX key element [element ...]; a push wakes clients blocked on the key. */
    abstract static class Push implements CommandHandler {
        private final ListOps ops;
        private final BlockingRegistry blocking;
        private final boolean head;
        private final boolean onlyExisting;

        Push(ListRepository lists, BlockingRegistry blocking, boolean head, boolean onlyExisting) {
            this.ops = new ListOps(lists);
            this.blocking = Objects.requireNonNull(blocking, "blocking");
            this.head = head;
            this.onlyExisting = onlyExisting;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long len = ops.push(ctx.scope(), args.get(1), args.from(2), head, onlyExisting);
            if (len > 0) {
                blocking.signalAfterCommit(ctx, args.get(1));
            }
            return Replies.integer(len);
        }
    }

    public static final class LPush extends Push {
        @Inject
        public LPush(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, true, false);
        }
    }

    public static final class RPush extends Push {
        @Inject
        public RPush(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, false, false);
        }
    }

    public static final class LPushX extends Push {
        @Inject
        public LPushX(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, true, true);
        }
    }

    public static final class RPushX extends Push {
        @Inject
        public RPushX(ListRepository lists, BlockingRegistry blocking) {
            super(lists, blocking, false, true);
        }
    }

    /** LPOP / RPOP key [count]. */
    abstract static class Pop implements CommandHandler {
        private final ListOps ops;
        private final boolean head;

        Pop(ListRepository lists, boolean head) {
            this.ops = new ListOps(lists);
            this.head = head;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 3) {
                throw Errors.wrongArity(args.keyword(0));
            }
            boolean hasCount = args.size() == 3;
            long count = 1;
            if (hasCount) {
                Long parsed = org.redisonmysql.core.util.RedisNumbers.parseLongOrNull(args.get(2));
                count = parsed == null ? -1 : parsed;
                if (count < 0) {
                    throw Errors.of("ERR value is out of range, must be positive");
                }
            }
            KeyScope scope = ctx.scope();
            if (hasCount && count == 0) {
                // Redis looks the key up (nil array, WRONGTYPE) before the empty answer.
                ListRepository.Found list = ops.repository().find(scope, args.get(1));
                return list == null ? Replies.NULL_ARRAY : Replies.EMPTY_ARRAY;
            }
            List<byte[]> popped = ops.pop(scope, args.get(1), head, count);
            if (popped == null) {
                return hasCount ? Replies.NULL_ARRAY : Replies.NULL_BULK;
            }
            return hasCount ? Replies.bulks(popped) : Replies.bulk(popped.get(0));
        }
    }

    public static final class LPop extends Pop {
        @Inject
        public LPop(ListRepository lists) {
            super(lists, true);
        }
    }

    public static final class RPop extends Pop {
        @Inject
        public RPop(ListRepository lists) {
            super(lists, false);
        }
    }

    /** LSET key index element. */
    public static final class LSet implements CommandHandler {
        private final ListRepository lists;

        @Inject
        public LSet(ListRepository lists) {
            this.lists = Objects.requireNonNull(lists, "lists");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.LIST);
            if (row == null) {
                throw Errors.of(Errors.NO_SUCH_KEY);
            }
            long index = args.longAt(2);
            ListRepository.Item item = ListReadCommands.at(lists, scope, new ListRepository.Found(row.id(), row.card()), index);
            if (item == null) {
                throw Errors.of("ERR index out of range");
            }
            lists.update(scope, row.id(), item.pos(), args.get(3));
            CollectionKeyRows.touch(scope, row.id());
            return Replies.OK;
        }
    }

    /** LINSERT key BEFORE|AFTER pivot element: the new length, -1 without the pivot, 0 without the key. */
    public static final class LInsert implements CommandHandler {
        private final ListRepository lists;

        @Inject
        public LInsert(ListRepository lists) {
            this.lists = Objects.requireNonNull(lists, "lists");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            boolean before;
            if (args.is(2, "before")) {
                before = true;
            } else if (args.is(2, "after")) {
                before = false;
            } else {
                throw Errors.syntax();
            }
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.LIST);
            if (row == null) {
                return Replies.ZERO;
            }
            List<Long> pivot = lists.matching(scope, row.id(), args.get(3), true, 1);
            if (pivot.isEmpty()) {
                return Replies.integer(-1);
            }
            Long pos = position(scope, row.id(), pivot.get(0), before);
            if (pos == null) {
                lists.renumber(scope, row.id());
                pos = position(scope, row.id(), lists.matching(scope, row.id(), args.get(3), true, 1).get(0), before);
            }
            lists.insert(scope, row.id(), List.of(pos), List.of(args.get(4)));
            return Replies.integer(CollectionKeyRows.changed(scope, row, 1));
        }

        /** A free position next to the pivot, or null when there is no integer left between neighbours. */
        private Long position(KeyScope scope, long id, long pivot, boolean before) {
            Long other = lists.neighbour(scope, id, pivot, before);
            if (other == null) {
                long room = before ? pivot - Long.MIN_VALUE : Long.MAX_VALUE - pivot;
                if (room > 0 && room <= ListRepository.GAP) {
                    return null;
                }
                return before ? pivot - ListRepository.GAP : pivot + ListRepository.GAP;
            }
            long mid = pivot / 2 + other / 2 + (pivot % 2 + other % 2) / 2;
            return mid == pivot || mid == other ? null : mid;
        }
    }

    /** LREM key count element. */
    public static final class LRem implements CommandHandler {
        private final ListOps ops;

        @Inject
        public LRem(ListRepository lists) {
            this.ops = new ListOps(lists);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long count = args.longAt(2);
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.LIST);
            if (row == null) {
                return Replies.ZERO;
            }
            ListRepository lists = ops.repository();
            long limit = count == 0 ? Long.MAX_VALUE : count == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(count);
            List<Long> positions = lists.matching(scope, row.id(), args.get(3), count >= 0, limit);
            int removed = 0;
            for (int from = 0; from < positions.size(); from += 1000) {
                removed += lists.delete(scope, row.id(), positions.subList(from, Math.min(positions.size(), from + 1000)));
            }
            if (removed > 0) {
                CollectionKeyRows.changed(scope, row, -removed);
            }
            return Replies.integer(removed);
        }
    }

    /** LTRIM key start stop. */
    public static final class LTrim implements CommandHandler {
        private final ListOps ops;

        @Inject
        public LTrim(ListRepository lists) {
            this.ops = new ListOps(lists);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long start = args.longAt(2);
            long stop = args.longAt(3);
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.LIST);
            if (row == null) {
                return Replies.OK;
            }
            ListRepository lists = ops.repository();
            long len = row.card();
            if (start < 0) {
                start = Math.max(0, start + len);
            }
            if (stop < 0) {
                stop += len;
            }
            int removed;
            if (start > stop || start >= len) {
                removed = (int) len;
                CollectionKeyRows.delete(scope, row.id());
                return Replies.OK;
            }
            stop = Math.min(stop, len - 1);
            long lo = lists.positions(scope, row.id(), true, start, 1).get(0);
            long hi = lists.positions(scope, row.id(), true, stop, 1).get(0);
            removed = lists.deleteOutside(scope, row.id(), lo, hi);
            if (removed > 0) {
                CollectionKeyRows.changed(scope, row, -removed);
            }
            return Replies.OK;
        }
    }
}
