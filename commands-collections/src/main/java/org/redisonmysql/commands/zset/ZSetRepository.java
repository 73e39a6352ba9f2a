package org.redisonmysql.commands.zset;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.OrderField;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.db.tables.records.RedisZsetMemberRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.redisonmysql.db.Tables.REDIS_KEY;
import static org.redisonmysql.db.Tables.REDIS_ZSET_MEMBER;

/**
 * Statements on sorted-set members ({@code redis_zset_member}). Members are ordered by the index
 * (key_id, score_key, member_prefix, member_hash); where two members share score and a full
 * 255-byte prefix the index order is by hash, so a window that holds such a member is re-read
 * whole and ordered by full bytes in Java.
 */
public final class ZSetRepository {
    static final byte ZSET = KeyType.ZSET.code();
    static final int PREFIX = 255;

    // ---- key rows -------------------------------------------------------------------------------

    /** The live zset's key id, null when the key does not exist; WRONGTYPE for another type. */
    public Long readKey(KeyScope scope, byte[] key) {
        Record2<Long, Byte> row = scope.dsl().select(REDIS_KEY.ID, REDIS_KEY.TYPE).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .fetchOne();
        if (row == null) {
            return null;
        }
        if (row.value2() != ZSET) {
            throw Errors.wrongType();
        }
        return row.value1();
    }

    /**
     * Locks the key row for a write and returns the live zset's row (id and member count), or null
     * when there is none (an expired row is deleted here, its members with it); WRONGTYPE for a live
     * key of another type.
     */
    public CollectionKeyRows.Row lockKey(KeyScope scope, byte[] key) {
        Record4<Long, Byte, Long, Long> row = scope.dsl()
                .select(REDIS_KEY.ID, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.CARD)
                .from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key))
                .forUpdate()
                .fetchOne();
        if (row == null) {
            return null;
        }
        if (row.value3() != null && row.value3() <= scope.now()) {
            scope.dsl().deleteFrom(REDIS_KEY).where(REDIS_KEY.ID.eq(row.value1())).execute();
            return null;
        }
        if (row.value2() != ZSET) {
            throw Errors.wrongType();
        }
        return new CollectionKeyRows.Row(row.value1(), false, row.value4());
    }

    /** Locks the key row whatever its type or expiry (a STORE destination); its id or null. */
    public Long lockKeyAnyType(KeyScope scope, byte[] key) {
        return scope.dsl().select(REDIS_KEY.ID).from(REDIS_KEY)
                .where(KeyspaceRepository.isKey(scope, key))
                .forUpdate()
                .fetchOne(REDIS_KEY.ID);
    }

    /**
     * Locks the live zset or creates it (ZADD, GEOADD): a concurrent creator of the same key wins and
     * its row is returned; WRONGTYPE for a live key of another type.
     */
    public CollectionKeyRows.Row lockOrCreate(KeyScope scope, byte[] key) {
        return CollectionKeyRows.lockOrCreate(scope, key, KeyType.ZSET);
    }

    /**
     * A STORE command's result: the destination (any type) is replaced by a zset of these distinct
     * entries, or deleted when there are none (as Redis does).
     */
    public void replaceWith(KeyScope scope, byte[] dst, List<ZEntry> entries) {
        if (entries.isEmpty()) {
            CollectionKeyRows.deleteAnyType(scope, dst);
            return;
        }
        CollectionKeyRows.Row row = CollectionKeyRows.replace(scope, dst, KeyType.ZSET);
        long inserted = 0;
        for (int i = 0; i < entries.size(); i += 1000) {
            inserted += upsert(scope, row.id(), entries.subList(i, Math.min(entries.size(), i + 1000)));
        }
        changed(scope, row, inserted);
    }

    /**
     * After members were added (delta > 0), removed (delta < 0) or re-scored (0) under the lock:
     * moves the key row's count and version in one UPDATE, or deletes the key when none is left.
     */
    public long changed(KeyScope scope, CollectionKeyRows.Row row, long delta) {
        return CollectionKeyRows.changed(scope, row, delta);
    }

    // ---- members --------------------------------------------------------------------------------

    /** The zset's member count, kept in its key row (a unique-index read, no member is counted). */
    public long card(KeyScope scope, long keyId) {
        return CollectionKeyRows.cardOf(scope, keyId);
    }

    /** The member's score, null when absent. */
    public Double score(KeyScope scope, long keyId, byte[] member) {
        Long k = scope.dsl().select(REDIS_ZSET_MEMBER.SCORE_KEY).from(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(REDIS_ZSET_MEMBER.MEMBER_HASH.eq(KeyHash.of(member)))
                .fetchOne(REDIS_ZSET_MEMBER.SCORE_KEY);
        return k == null ? null : ScoreCodec.decode(k);
    }

    /** Scores of the given members (null where absent), in argument order. */
    public List<Double> scores(KeyScope scope, long keyId, List<byte[]> members) {
        List<byte[]> hashes = new ArrayList<>(members.size());
        for (byte[] m : members) {
            hashes.add(KeyHash.of(m));
        }
        Map<String, Double> found = new HashMap<>();
        for (Record2<byte[], Long> r : scope.dsl().select(REDIS_ZSET_MEMBER.MEMBER_HASH, REDIS_ZSET_MEMBER.SCORE_KEY)
                .from(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(REDIS_ZSET_MEMBER.MEMBER_HASH.in(distinct(hashes)))
                .fetch()) {
            found.put(hex(r.value1()), ScoreCodec.decode(r.value2()));
        }
        List<Double> out = new ArrayList<>(members.size());
        for (byte[] h : hashes) {
            out.add(found.get(hex(h)));
        }
        return out;
    }

    /**
     * Inserts or re-scores the given members in one statement; returns the affected-row count (1 per
     * inserted member, so for a new key the number of members).
     */
    public int upsert(KeyScope scope, long keyId, Collection<ZEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        InsertValuesStep6<RedisZsetMemberRecord, Long, byte[], byte[], byte[], Long, Double> insert =
                scope.dsl().insertInto(REDIS_ZSET_MEMBER, REDIS_ZSET_MEMBER.KEY_ID, REDIS_ZSET_MEMBER.MEMBER_HASH,
                        REDIS_ZSET_MEMBER.MEMBER_PREFIX, REDIS_ZSET_MEMBER.MEMBER, REDIS_ZSET_MEMBER.SCORE_KEY, REDIS_ZSET_MEMBER.SCORE);
        for (ZEntry e : entries) {
            insert = insert.values(keyId, KeyHash.of(e.member()), prefix(e.member()), e.member(),
                    ScoreCodec.encode(e.score()), ScoreCodec.readable(e.score()));
        }
        return insert.onDuplicateKeyUpdate()
                .set(REDIS_ZSET_MEMBER.SCORE_KEY, DSL.excluded(REDIS_ZSET_MEMBER.SCORE_KEY))
                .set(REDIS_ZSET_MEMBER.SCORE, DSL.excluded(REDIS_ZSET_MEMBER.SCORE))
                .execute();
    }

    /** Removes the given members; returns how many were there. */
    public int remove(KeyScope scope, long keyId, Collection<byte[]> members) {
        List<byte[]> hashes = new ArrayList<>(members.size());
        for (byte[] m : members) {
            hashes.add(KeyHash.of(m));
        }
        return scope.dsl().deleteFrom(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(REDIS_ZSET_MEMBER.MEMBER_HASH.in(distinct(hashes)))
                .execute();
    }

    public int removeByScore(KeyScope scope, long keyId, ScoreRange range) {
        return scope.dsl().deleteFrom(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(scoreCondition(range))
                .execute();
    }

    public int removeByLex(KeyScope scope, long keyId, LexRange range) {
        return scope.dsl().deleteFrom(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(lexCondition(range))
                .execute();
    }

    // ---- ordered reads --------------------------------------------------------------------------

    /** Members from position offset (0 = lowest, or highest when rev), at most count (negative = all). */
    public List<ZEntry> byRank(KeyScope scope, long keyId, boolean rev, long offset, long count) {
        return window(scope, keyId, DSL.noCondition(), rev, offset, count);
    }

    /**
     * Members of ranks [start, end] (0 = lowest, or highest when rev; both within [0, card)), read
     * from whichever end of the index is nearer: O(distance to the nearer end + members returned).
     */
    public List<ZEntry> byRankNearest(KeyScope scope, long keyId, long card, boolean rev, long start, long end) {
        long fromOtherEnd = card - 1 - end;
        if (start <= fromOtherEnd) {
            return window(scope, keyId, DSL.noCondition(), rev, start, end - start + 1);
        }
        List<ZEntry> rows = window(scope, keyId, DSL.noCondition(), !rev, fromOtherEnd, end - start + 1);
        java.util.Collections.reverse(rows);
        return rows;
    }

    public List<ZEntry> byScore(KeyScope scope, long keyId, ScoreRange range, boolean rev, long offset, long count) {
        return window(scope, keyId, scoreCondition(range), rev, offset, count);
    }

    public List<ZEntry> byLex(KeyScope scope, long keyId, LexRange range, boolean rev, long offset, long count) {
        return window(scope, keyId, lexCondition(range), rev, offset, count);
    }

    /**
     * Members with {@code min <= score < maxExclusive}, ascending by (score, member bytes): one
     * covering cell of a geo search, read through the order index.
     */
    public List<ZEntry> byScoreHalfOpen(KeyScope scope, long keyId, double min, double maxExclusive) {
        return window(scope, keyId, scoreCondition(new ScoreRange(min, false, maxExclusive, true)), false, 0, -1);
    }

    public long countByScore(KeyScope scope, long keyId, ScoreRange range) {
        return scope.dsl().selectCount().from(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(scoreCondition(range))
                .fetchOne(0, Long.class);
    }

    public long countByLex(KeyScope scope, long keyId, LexRange range) {
        return scope.dsl().selectCount().from(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(lexCondition(range))
                .fetchOne(0, Long.class);
    }

    /** The first bound of {@link #rank}'s counts; each round that finds more multiplies it by 8. */
    static final long RANK_FIRST_BOUND = 256;

    /**
     * The member's 0-based rank from the lowest score, null when absent. SQL has no rank index, so
     * a rank is a count of the members on one side, index-only over ix_redis_zset_member_order. The
     * count runs from whichever end is nearer: bounded counts of the members below and above, the
     * bound growing 8-fold, stop at the first side that ends under its bound. So the cost is
     * O(min(rank, card - rank)) index entries (at most about 4 times that), not O(card).
     */
    public Long rank(KeyScope scope, long keyId, byte[] member, long card) {
        Double score = score(scope, keyId, member);
        if (score == null) {
            return null;
        }
        long s = ScoreCodec.encode(score);
        byte[] p = prefix(member);
        Condition below = REDIS_ZSET_MEMBER.SCORE_KEY.lt(s)
                .or(REDIS_ZSET_MEMBER.SCORE_KEY.eq(s).and(REDIS_ZSET_MEMBER.MEMBER_PREFIX.lt(p)));
        Condition above = REDIS_ZSET_MEMBER.SCORE_KEY.gt(s)
                .or(REDIS_ZSET_MEMBER.SCORE_KEY.eq(s).and(REDIS_ZSET_MEMBER.MEMBER_PREFIX.gt(p)));
        // Only members of PREFIX bytes or more can share score and the whole prefix with another:
        // those ties are ordered by full bytes, which the index does not hold.
        long tiedBelow = 0, tiedAbove = 0;
        if (member.length >= PREFIX) {
            Condition tied = REDIS_ZSET_MEMBER.SCORE_KEY.eq(s).and(REDIS_ZSET_MEMBER.MEMBER_PREFIX.eq(p));
            tiedBelow = count(scope, keyId, tied.and(REDIS_ZSET_MEMBER.MEMBER.lt(member)), Long.MAX_VALUE);
            tiedAbove = count(scope, keyId, tied.and(REDIS_ZSET_MEMBER.MEMBER.gt(member)), Long.MAX_VALUE);
        }
        for (long bound = RANK_FIRST_BOUND; ; bound = bound > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : bound * 8) {
            long n = count(scope, keyId, below, bound);
            if (n < bound || bound == Long.MAX_VALUE) {
                return n + tiedBelow;
            }
            n = count(scope, keyId, above, bound);
            if (n < bound) {
                return Math.max(0, card - 1 - n - tiedAbove);
            }
        }
    }

    /** How many members match, counting at most {@code bound} (an index walk that stops there). */
    private long count(KeyScope scope, long keyId, Condition condition, long bound) {
        var matching = scope.dsl().selectOne().from(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(condition);
        if (bound == Long.MAX_VALUE) {
            return scope.dsl().selectCount().from(matching.asTable("m")).fetchOne(0, Long.class);
        }
        return scope.dsl().selectCount().from(matching.limit(bound).asTable("m")).fetchOne(0, Long.class);
    }

    /** A scan page: at most {@code limit} members whose hash is at least {@code start}, in hash order. */
    public List<ScanRow> pageByHash(KeyScope scope, long keyId, byte[] start, int limit) {
        List<ScanRow> rows = new ArrayList<>();
        for (var r : scope.dsl().select(REDIS_ZSET_MEMBER.MEMBER_HASH, REDIS_ZSET_MEMBER.MEMBER, REDIS_ZSET_MEMBER.SCORE_KEY)
                .from(REDIS_ZSET_MEMBER)
                .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(REDIS_ZSET_MEMBER.MEMBER_HASH.ge(start))
                .orderBy(REDIS_ZSET_MEMBER.MEMBER_HASH)
                .limit(limit)
                .fetch()) {
            rows.add(new ScanRow(r.value1(), new ZEntry(r.value2(), ScoreCodec.decode(r.value3()))));
        }
        return rows;
    }

    /** One row of a scan page: the member's hash (the cursor position) and the entry. */
    public record ScanRow(byte[] hash, ZEntry entry) {
    }

    /** Every member, in order: for the set-algebra commands and small scans. */
    public List<ZEntry> all(KeyScope scope, long keyId) {
        return window(scope, keyId, DSL.noCondition(), false, 0, -1);
    }

    private List<ZEntry> window(KeyScope scope, long keyId, Condition condition, boolean rev, long offset, long count) {
        if (count == 0) {
            return List.of();
        }
        DSLContext dsl = scope.dsl();
        List<OrderField<?>> order = rev
                ? List.of(REDIS_ZSET_MEMBER.SCORE_KEY.desc(), REDIS_ZSET_MEMBER.MEMBER_PREFIX.desc(), REDIS_ZSET_MEMBER.MEMBER_HASH.desc())
                : List.of(REDIS_ZSET_MEMBER.SCORE_KEY.asc(), REDIS_ZSET_MEMBER.MEMBER_PREFIX.asc(), REDIS_ZSET_MEMBER.MEMBER_HASH.asc());
        // jOOQ's select steps are mutable: build the statement anew for each fetch.
        java.util.function.Supplier<org.jooq.SelectSeekStepN<Record2<byte[], Long>>> select = () ->
                dsl.select(REDIS_ZSET_MEMBER.MEMBER, REDIS_ZSET_MEMBER.SCORE_KEY).from(REDIS_ZSET_MEMBER)
                        .where(REDIS_ZSET_MEMBER.KEY_ID.eq(keyId)).and(condition)
                        .orderBy(order);
        List<ZEntry> rows = new ArrayList<>();
        boolean ambiguous = false;
        var result = count < 0 ? (offset > 0 ? select.get().limit(offset, Long.MAX_VALUE).fetch() : select.get().fetch())
                : select.get().limit(offset, count).fetch();
        for (Record2<byte[], Long> r : result) {
            rows.add(new ZEntry(r.value1(), ScoreCodec.decode(r.value2())));
            ambiguous |= r.value1().length >= PREFIX;
        }
        if (!ambiguous) {
            return rows;
        }
        // Members sharing score and a full prefix: order the whole range by full bytes.
        List<ZEntry> everything = new ArrayList<>();
        for (Record2<byte[], Long> r : select.get().fetch()) {
            everything.add(new ZEntry(r.value1(), ScoreCodec.decode(r.value2())));
        }
        Comparator<ZEntry> cmp = rev ? ZEntry.ORDER.reversed() : ZEntry.ORDER;
        everything.sort(cmp);
        int from = (int) Math.min(offset, everything.size());
        int to = count < 0 ? everything.size() : (int) Math.min(everything.size(), from + count);
        return new ArrayList<>(everything.subList(from, to));
    }

    static Condition scoreCondition(ScoreRange r) {
        long min = ScoreCodec.encode(r.min());
        long max = ScoreCodec.encode(r.max());
        return (r.minExclusive() ? REDIS_ZSET_MEMBER.SCORE_KEY.gt(min) : REDIS_ZSET_MEMBER.SCORE_KEY.ge(min))
                .and(r.maxExclusive() ? REDIS_ZSET_MEMBER.SCORE_KEY.lt(max) : REDIS_ZSET_MEMBER.SCORE_KEY.le(max));
    }

    static Condition lexCondition(LexRange r) {
        Condition c = DSL.noCondition();
        if (r.minPlus()) {
            return DSL.falseCondition();
        }
        if (!r.minInfinite()) {
            c = c.and(r.minExclusive() ? REDIS_ZSET_MEMBER.MEMBER.gt(r.min()) : REDIS_ZSET_MEMBER.MEMBER.ge(r.min()));
        }
        if (r.maxMinus()) {
            return DSL.falseCondition();
        }
        if (!r.maxInfinite()) {
            c = c.and(r.maxExclusive() ? REDIS_ZSET_MEMBER.MEMBER.lt(r.max()) : REDIS_ZSET_MEMBER.MEMBER.le(r.max()));
        }
        return c;
    }

    static byte[] prefix(byte[] member) {
        return member.length <= PREFIX ? member : Arrays.copyOf(member, PREFIX);
    }

    private static List<byte[]> distinct(List<byte[]> hashes) {
        Map<String, byte[]> d = new HashMap<>();
        for (byte[] h : hashes) {
            d.putIfAbsent(hex(h), h);
        }
        return new ArrayList<>(d.values());
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}
