package org.redisonmysql.commands.sort;

import org.jooq.Record2;
import org.jooq.Record3;
import org.redisonmysql.commands.list.ListRepository;
import org.redisonmysql.commands.zset.ZEntry;
import org.redisonmysql.commands.zset.ZSetRepository;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyRow;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.redisonmysql.db.Tables.REDIS_HASH_FIELD;
import static org.redisonmysql.db.Tables.REDIS_KEY;
import static org.redisonmysql.db.Tables.REDIS_SET_MEMBER;

/** The reads SORT needs: the elements of the sorted key, and the strings / hash fields its patterns name. */
final class SortRepository {
    private final KeyspaceRepository keyspace;
    private final ListRepository lists;
    private final ZSetRepository zsets;

    @com.google.inject.Inject
    SortRepository(KeyspaceRepository keyspace, ListRepository lists, ZSetRepository zsets) {
        this.keyspace = keyspace;
        this.lists = lists;
        this.zsets = zsets;
    }

    /** The elements of a list (in order), a set, or a sorted set (by rank); empty when missing; else WRONGTYPE. */
    Source source(KeyScope scope, byte[] key) {
        KeyRow row = keyspace.lookup(scope, key, false);
        if (row == null) {
            return new Source(KeyType.LIST, List.of());
        }
        List<byte[]> out = new ArrayList<>();
        switch (row.type()) {
            case LIST -> lists.items(scope, row.id(), true, 0, Long.MAX_VALUE).forEach(i -> out.add(i.bytes()));
            case SET -> out.addAll(scope.dsl().select(REDIS_SET_MEMBER.MEMBER_BYTES).from(REDIS_SET_MEMBER)
                    .where(REDIS_SET_MEMBER.KEY_ID.eq(row.id())).orderBy(REDIS_SET_MEMBER.MEMBER_HASH)
                    .fetch(REDIS_SET_MEMBER.MEMBER_BYTES));
            case ZSET -> zsets.all(scope, row.id()).forEach((ZEntry e) -> out.add(e.member()));
            default -> throw Errors.wrongType();
        }
        return new Source(row.type(), out);
    }

    record Source(KeyType type, List<byte[]> elements) {
    }

    /** The string values of the keys that exist and are strings, by key hash. */
    Map<ByteBuffer, byte[]> strings(KeyScope scope, Collection<byte[]> keys) {
        Map<ByteBuffer, byte[]> found = new HashMap<>();
        for (List<byte[]> chunk : hashes(keys)) {
            for (Record3<byte[], Byte, byte[]> r : scope.dsl()
                    .select(REDIS_KEY.KEY_HASH, REDIS_KEY.TYPE, REDIS_KEY.STR_VALUE).from(REDIS_KEY)
                    .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.KEY_HASH.in(chunk))
                    .and(KeyspaceRepository.live(scope))
                    .fetch()) {
                if (r.value2() == KeyType.STRING.code()) {
                    found.put(ByteBuffer.wrap(r.value1()), r.value3());
                }
            }
        }
        return found;
    }

    /** The value of {@code field} in those of the keys that are hashes holding it, by key hash. */
    Map<ByteBuffer, byte[]> hashFields(KeyScope scope, Collection<byte[]> keys, byte[] field) {
        Map<ByteBuffer, byte[]> found = new HashMap<>();
        for (List<byte[]> chunk : hashes(keys)) {
            for (Record2<byte[], byte[]> r : scope.dsl()
                    .select(REDIS_KEY.KEY_HASH, REDIS_HASH_FIELD.VALUE_BYTES).from(REDIS_KEY)
                    .join(REDIS_HASH_FIELD).on(REDIS_HASH_FIELD.KEY_ID.eq(REDIS_KEY.ID))
                    .where(KeyspaceRepository.inScope(scope)).and(REDIS_KEY.KEY_HASH.in(chunk))
                    .and(KeyspaceRepository.live(scope)).and(REDIS_KEY.TYPE.eq(KeyType.HASH.code()))
                    .and(REDIS_HASH_FIELD.FIELD_HASH.eq(KeyHash.of(field)))
                    .fetch()) {
                found.put(ByteBuffer.wrap(r.value1()), r.value2());
            }
        }
        return found;
    }

    private static List<List<byte[]>> hashes(Collection<byte[]> keys) {
        List<byte[]> all = new ArrayList<>(keys.size());
        keys.forEach(k -> all.add(KeyHash.of(k)));
        List<List<byte[]>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
