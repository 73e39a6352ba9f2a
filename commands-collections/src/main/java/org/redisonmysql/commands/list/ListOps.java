package org.redisonmysql.commands.list;

import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The list writes that several commands share (pushes, pops, moves), each under the key row's
 * lock. Kept apart from the handlers so the blocking commands' retries reuse them unchanged.
 */
public final class ListOps {
    private final ListRepository lists;

    public ListOps(ListRepository lists) {
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    public ListRepository repository() {
        return lists;
    }

    /** LPUSH/RPUSH (and the X forms with {@code onlyExisting}): the new length, 0 when X found no list. */
    public long push(KeyScope scope, byte[] key, List<byte[]> items, boolean head, boolean onlyExisting) {
        CollectionKeyRows.Row row = onlyExisting
                ? CollectionKeyRows.lockExisting(scope, key, KeyType.LIST)
                : CollectionKeyRows.lockOrCreate(scope, key, KeyType.LIST);
        if (row == null) {
            return 0;
        }
        pushAt(scope, row.id(), items, head);
        // The new length comes from the count kept in the key row, moved in the version bump.
        return CollectionKeyRows.changed(scope, row, items.size());
    }

    /** SORT ... STORE: the key (any type) is replaced by a list of these items, or deleted when there are none. */
    public void replaceWith(KeyScope scope, byte[] key, List<byte[]> items) {
        if (items.isEmpty()) {
            CollectionKeyRows.deleteAnyType(scope, key);
            return;
        }
        CollectionKeyRows.Row row = CollectionKeyRows.replace(scope, key, KeyType.LIST);
        pushAt(scope, row.id(), items, false);
        CollectionKeyRows.changed(scope, row, items.size());
    }

    /** Appends items at one end of the locked list {@code id} (each LPUSH item becomes the new head). */
    void pushAt(KeyScope scope, long id, List<byte[]> items, boolean head) {
        Long end = lists.end(scope, id, head);
        long n = items.size();
        if (end != null && Math.abs(end) > Long.MAX_VALUE / 2 - n * ListRepository.GAP) {
            lists.renumber(scope, id);
            end = lists.end(scope, id, head);
        }
        long step = head ? -ListRepository.GAP : ListRepository.GAP;
        long pos = end == null ? -step : end;
        List<Long> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            pos += step;
            positions.add(pos);
        }
        for (int from = 0; from < items.size(); from += 1000) {
            int to = Math.min(items.size(), from + 1000);
            lists.insert(scope, id, positions.subList(from, to), items.subList(from, to));
        }
    }

    /** Pops up to {@code count} items from one end; null when the key does not exist. */
    public List<byte[]> pop(KeyScope scope, byte[] key, boolean head, long count) {
        CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, key, KeyType.LIST);
        return row == null ? null : popLocked(scope, row, head, count);
    }

    List<byte[]> popLocked(KeyScope scope, CollectionKeyRows.Row row, boolean head, long count) {
        List<ListRepository.Item> items = lists.items(scope, row.id(), head, 0, count);
        List<byte[]> out = new ArrayList<>(items.size());
        for (ListRepository.Item item : items) {
            out.add(item.bytes());
        }
        int removed = items.isEmpty() ? 0 : lists.deleteThrough(scope, row.id(), head, items.get(items.size() - 1).pos());
        CollectionKeyRows.changed(scope, row, -removed);
        return out;
    }

    /**
     * LMOVE source destination from to: the moved element, or null when the source does not exist.
     * A destination of another type fails before anything is popped, as in Redis.
     */
    public byte[] move(KeyScope scope, byte[] source, byte[] destination, boolean fromHead, boolean toHead) {
        CollectionKeyRows.Row src = CollectionKeyRows.lockExisting(scope, source, KeyType.LIST);
        if (src == null) {
            return null;
        }
        boolean same = java.util.Arrays.equals(source, destination);
        if (!same) {
            CollectionKeyRows.lockExisting(scope, destination, KeyType.LIST);
        }
        ListRepository.Item item = lists.items(scope, src.id(), fromHead, 0, 1).get(0);
        if (same) {
            // A rotation: one item out, one in; the count stays.
            lists.delete(scope, src.id(), List.of(item.pos()));
            pushAt(scope, src.id(), List.of(item.bytes()), toHead);
            CollectionKeyRows.touch(scope, src.id());
            return item.bytes();
        }
        int removed = lists.delete(scope, src.id(), List.of(item.pos()));
        CollectionKeyRows.changed(scope, src, -removed);
        CollectionKeyRows.Row dst = CollectionKeyRows.lockOrCreate(scope, destination, KeyType.LIST);
        pushAt(scope, dst.id(), List.of(item.bytes()), toHead);
        CollectionKeyRows.changed(scope, dst, 1);
        return item.bytes();
    }
}
