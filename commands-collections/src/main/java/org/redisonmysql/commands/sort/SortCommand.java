package org.redisonmysql.commands.sort;

import com.google.inject.Inject;
import org.redisonmysql.commands.list.ListOps;
import org.redisonmysql.commands.list.ListRepository;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC] [ALPHA] [STORE dst], and
 * SORT_RO (no STORE), following Redis 7.0's sortCommandGeneric: options parsed first, then the
 * type check, then the sort, the conversion error, and the reply or the stored list.
 */
public class SortCommand implements CommandHandler {
    private final SortRepository repo;
    private final ListOps lists;
    private final boolean readonly;

    @Inject
    public SortCommand(SortRepository repo, ListRepository lists) {
        this(repo, lists, false);
    }

    SortCommand(SortRepository repo, ListRepository lists, boolean readonly) {
        this.repo = repo;
        this.lists = new ListOps(lists);
        this.readonly = readonly;
    }

    /** SORT_RO. */
    public static final class SortRo extends SortCommand {
        @Inject
        public SortRo(SortRepository repo, ListRepository lists) {
            super(repo, lists, true);
        }
    }

    private static final class Item {
        final byte[] obj;
        double score;
        byte[] cmp;

        Item(byte[] obj) {
            this.obj = obj;
        }
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        boolean desc = false;
        boolean alpha = false;
        boolean dontsort = false;
        long limitStart = 0;
        long limitCount = -1;
        byte[] sortby = null;
        byte[] storekey = null;
        List<SortPattern> gets = new ArrayList<>();
        for (int j = 2; j < args.size(); j++) {
            int left = args.size() - j - 1;
            if (args.is(j, "asc")) {
                desc = false;
            } else if (args.is(j, "desc")) {
                desc = true;
            } else if (args.is(j, "alpha")) {
                alpha = true;
            } else if (args.is(j, "limit") && left >= 2) {
                Long s = RedisNumbers.parseLongOrNull(args.get(j + 1));
                Long c = s == null ? null : RedisNumbers.parseLongOrNull(args.get(j + 2));
                if (c == null) {
                    throw Errors.of("ERR value is not an integer or out of range");
                }
                limitStart = s;
                limitCount = c;
                j += 2;
            } else if (!readonly && args.is(j, "store") && left >= 1) {
                storekey = args.get(++j);
            } else if (args.is(j, "by") && left >= 1) {
                sortby = args.get(++j);
                dontsort = !SortPattern.hasStar(sortby);
            } else if (args.is(j, "get") && left >= 1) {
                gets.add(SortPattern.of(args.get(++j)));
            } else {
                throw Errors.syntax();
            }
        }
        KeyScope scope = ctx.scope();
        SortRepository.Source source = repo.source(scope, args.get(1));
        KeyType type = source.type();
        if (dontsort && type == KeyType.SET && (storekey != null || ctx.inTransactionBlock())) {
            // Redis forces a deterministic order for a set stored (or sorted by a script).
            dontsort = false;
            alpha = true;
            sortby = null;
        }
        List<Item> vector = new ArrayList<>();
        for (byte[] e : source.elements()) {
            vector.add(new Item(e));
        }
        int len = vector.size();
        long start = limitStart < 0 ? 0 : limitStart;
        long end = limitCount < 0 ? len - 1 : start + limitCount - 1;
        if (start >= len) {
            start = len - 1;
            end = len - 2;
        }
        if (end >= len) {
            end = len - 1;
        }
        if (dontsort && desc && type != KeyType.SET) {
            // Lists and sorted sets keep their own order, read from the other end with DESC.
            java.util.Collections.reverse(vector);
        }
        boolean conversionError = false;
        if (!dontsort) {
            SortPattern by = sortby == null ? null : SortPattern.of(sortby);
            List<byte[]> byValues = by == null ? null : lookup(scope, by, vector);
            for (int j = 0; j < len; j++) {
                Item it = vector.get(j);
                byte[] byval = by == null ? it.obj : byValues.get(j);
                if (byval == null) {
                    continue;
                }
                if (alpha) {
                    if (by != null) {
                        it.cmp = byval;
                    }
                } else {
                    Double d = StrtodScore.parse(byval);
                    if (d == null) {
                        conversionError = true;
                    } else {
                        it.score = d;
                    }
                }
            }
            Comparator<Item> cmp = comparator(alpha, by != null);
            vector.sort(desc ? cmp.reversed() : cmp);
        }
        if (conversionError) {
            throw Errors.of("ERR One or more scores can't be converted into double");
        }
        List<Item> range = start <= end ? vector.subList((int) start, (int) end + 1) : List.of();
        List<byte[]> out = new ArrayList<>();
        if (gets.isEmpty()) {
            range.forEach(it -> out.add(it.obj));
        } else {
            List<List<byte[]>> columns = new ArrayList<>();
            for (SortPattern g : gets) {
                columns.add(lookup(scope, g, range));
            }
            for (int i = 0; i < range.size(); i++) {
                for (List<byte[]> col : columns) {
                    byte[] v = col.get(i);
                    out.add(v == null && storekey != null ? new byte[0] : v);
                }
            }
        }
        if (storekey == null) {
            return Replies.bulks(out);
        }
        lists.replaceWith(scope, storekey, out);
        return Replies.integer(out.size());
    }

    /** The values a pattern names for each item (null where the key or field is missing or of another type). */
    private List<byte[]> lookup(KeyScope scope, SortPattern p, List<Item> items) {
        List<byte[]> out = new ArrayList<>(items.size());
        if (p.self() || p.constant()) {
            items.forEach(it -> out.add(p.self() ? it.obj : null));
            return out;
        }
        List<byte[]> keys = new ArrayList<>(items.size());
        items.forEach(it -> keys.add(p.key(it.obj)));
        Map<ByteBuffer, byte[]> found = p.field() == null ? repo.strings(scope, keys) : repo.hashFields(scope, keys, p.field());
        keys.forEach(k -> out.add(found.get(ByteBuffer.wrap(KeyHash.of(k)))));
        return out;
    }

    private static Comparator<Item> comparator(boolean alpha, boolean byPattern) {
        if (!alpha) {
            return (a, b) -> {
                int c = Double.compare(a.score, b.score);
                if (a.score == b.score) {
                    c = 0;
                }
                return c != 0 ? c : Arrays.compareUnsigned(a.obj, b.obj);
            };
        }
        if (byPattern) {
            return (a, b) -> {
                if (a.cmp == null || b.cmp == null) {
                    return a.cmp == b.cmp ? 0 : a.cmp == null ? -1 : 1;
                }
                return Arrays.compareUnsigned(a.cmp, b.cmp);
            };
        }
        return (a, b) -> Arrays.compareUnsigned(a.obj, b.obj);
    }
}
