package org.redisonmysql.commands.list;

import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.redisonmysql.db.Tables.REDIS_KEY;
import static org.redisonmysql.db.Tables.REDIS_LIST_ITEM;

/**
 * Statements on list items. Positions are sparse BIGINTs (see V5__create_list_tables.sql): a push
 * reads one end of the primary key, an index near either end walks it from that end. Writes run
 * under the key row's lock ({@link org.redisonmysql.core.keyspace.CollectionKeyRows}).
 */
public final class ListRepository {
    /** The distance between positions a push leaves, so that LINSERT finds room between neighbours. */
    static final long GAP = 1L << 24;

    /** One element: its position and bytes. */
    public record Item(long pos, byte[] bytes) {
    }

    /** A live list key as a read finds it: its row id and its number of items. */
    public record Found(long id, long length) {
    }

    /** The live list key's id and length (one primary-key read); null when absent; WRONGTYPE for another type. */
    public Found find(KeyScope scope, byte[] key) {
        Record3<Long, Byte, Long> r = scope.dsl().select(REDIS_KEY.ID, REDIS_KEY.TYPE, REDIS_KEY.CARD).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        if (r == null) {
            return null;
        }
        if (r.value2() != KeyType.LIST.code()) {
            throw Errors.wrongType();
        }
        return new Found(r.value1(), r.value3());
    }

    /** Up to {@code limit} items after skipping {@code offset}, from the head or from the tail. */
    public List<Item> items(KeyScope scope, long id, boolean fromHead, long offset, long limit) {
        List<Item> out = new ArrayList<>();
        for (Record2<Long, byte[]> r : scope.dsl().select(REDIS_LIST_ITEM.POS, REDIS_LIST_ITEM.ITEM_BYTES).from(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id))
                .orderBy(order(fromHead))
                .limit(limit).offset(offset)
                .fetch()) {
            out.add(new Item(r.value1(), r.value2()));
        }
        return out;
    }

    /** Positions only (no blobs), from one end. */
    public List<Long> positions(KeyScope scope, long id, boolean fromHead, long offset, long limit) {
        return scope.dsl().select(REDIS_LIST_ITEM.POS).from(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id))
                .orderBy(order(fromHead))
                .limit(limit).offset(offset)
                .fetch(REDIS_LIST_ITEM.POS);
    }

    /** Positions of items equal to {@code value}, from one end, at most {@code limit} (LREM, LINSERT). */
    public List<Long> matching(KeyScope scope, long id, byte[] value, boolean fromHead, long limit) {
        return scope.dsl().select(REDIS_LIST_ITEM.POS).from(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id)).and(REDIS_LIST_ITEM.ITEM_BYTES.eq(value))
                .orderBy(order(fromHead))
                .limit(limit)
                .fetch(REDIS_LIST_ITEM.POS);
    }

    /** The head's (or tail's) position; null for an empty list. */
    public Long end(KeyScope scope, long id, boolean head) {
        return scope.dsl().select(head ? DSL.min(REDIS_LIST_ITEM.POS) : DSL.max(REDIS_LIST_ITEM.POS)).from(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id)).fetchOne(0, Long.class);
    }

    /** The neighbour of {@code pos} on the head side ({@code before}) or the tail side; null at an end. */
    public Long neighbour(KeyScope scope, long id, long pos, boolean before) {
        return scope.dsl().select(before ? DSL.max(REDIS_LIST_ITEM.POS) : DSL.min(REDIS_LIST_ITEM.POS)).from(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id))
                .and(before ? REDIS_LIST_ITEM.POS.lt(pos) : REDIS_LIST_ITEM.POS.gt(pos))
                .fetchOne(0, Long.class);
    }

    /** Inserts items at the given positions in one batch statement. */
    public void insert(KeyScope scope, long id, List<Long> positions, List<byte[]> items) {
        var insert = scope.dsl().insertInto(REDIS_LIST_ITEM, REDIS_LIST_ITEM.KEY_ID, REDIS_LIST_ITEM.POS, REDIS_LIST_ITEM.ITEM_BYTES);
        for (int i = 0; i < items.size(); i++) {
            insert = insert.values(id, positions.get(i), items.get(i));
        }
        insert.execute();
    }

    public void update(KeyScope scope, long id, long pos, byte[] value) {
        scope.dsl().update(REDIS_LIST_ITEM).set(REDIS_LIST_ITEM.ITEM_BYTES, value)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id)).and(REDIS_LIST_ITEM.POS.eq(pos)).execute();
    }

    public int delete(KeyScope scope, long id, Collection<Long> positions) {
        return scope.dsl().deleteFrom(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id)).and(REDIS_LIST_ITEM.POS.in(positions)).execute();
    }

    /** Deletes every item with pos below {@code lo} or above {@code hi} (LTRIM). */
    public int deleteOutside(KeyScope scope, long id, long lo, long hi) {
        return scope.dsl().deleteFrom(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id)).and(REDIS_LIST_ITEM.POS.lt(lo).or(REDIS_LIST_ITEM.POS.gt(hi))).execute();
    }

    /** Deletes the items from one end up to and including {@code pos} (a pop of several). */
    public int deleteThrough(KeyScope scope, long id, boolean fromHead, long pos) {
        return scope.dsl().deleteFrom(REDIS_LIST_ITEM)
                .where(REDIS_LIST_ITEM.KEY_ID.eq(id)).and(fromHead ? REDIS_LIST_ITEM.POS.le(pos) : REDIS_LIST_ITEM.POS.ge(pos))
                .execute();
    }

    /**
     * Rewrites every position as index * GAP (centred on 0) when LINSERT finds no integer between two
     * neighbours, or a push would leave the BIGINT range. O(n), and rare: 24 inserts at one spot.
     */
    public void renumber(KeyScope scope, long id) {
        List<Item> all = items(scope, id, true, 0, Long.MAX_VALUE);
        scope.dsl().deleteFrom(REDIS_LIST_ITEM).where(REDIS_LIST_ITEM.KEY_ID.eq(id)).execute();
        List<Long> positions = new ArrayList<>(all.size());
        List<byte[]> bytes = new ArrayList<>(all.size());
        long start = -(all.size() / 2L) * GAP;
        for (int i = 0; i < all.size(); i++) {
            positions.add(start + i * GAP);
            bytes.add(all.get(i).bytes());
        }
        for (int from = 0; from < bytes.size(); from += 1000) {
            int to = Math.min(bytes.size(), from + 1000);
            insert(scope, id, positions.subList(from, to), bytes.subList(from, to));
        }
    }

    private static SortField<Long> order(boolean fromHead) {
        return fromHead ? REDIS_LIST_ITEM.POS.asc() : REDIS_LIST_ITEM.POS.desc();
    }
}
