package org.redisonmysql.commands.hash;

import org.jooq.Field;
import org.jooq.InsertValuesStep4;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.db.tables.records.RedisHashFieldRecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.redisonmysql.db.Tables.REDIS_HASH_FIELD;
import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * Statements on hash fields. Reads are one statement each: the key row (type, liveness) LEFT
 * JOINed with the fields asked for, so a missing key, a key of another type and a missing field
 * are told apart in one round trip. Writes run under the key row's lock (see
 * {@link org.redisonmysql.core.keyspace.CollectionKeyRows}).
 */
public final class HashRepository {
    private static final byte HASH = KeyType.HASH.code();

    /** A hash read: null when the key does not exist; WRONGTYPE checked. Rows of the LEFT JOIN. */
    private Result<Record> read(KeyScope scope, byte[] key, org.jooq.Condition fieldFilter, Field<?>... columns) {
        List<Field<?>> select = new ArrayList<>();
        select.add(REDIS_KEY.TYPE);
        select.addAll(List.of(columns));
        Result<Record> rows = scope.dsl().select(select).from(REDIS_KEY)
                .leftJoin(REDIS_HASH_FIELD).on(REDIS_HASH_FIELD.KEY_ID.eq(REDIS_KEY.ID).and(fieldFilter))
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .orderBy(REDIS_HASH_FIELD.FIELD_HASH)
                .fetch();
        return checked(rows);
    }

    private static Result<Record> checked(Result<Record> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        if (rows.get(0).get(REDIS_KEY.TYPE) != HASH) {
            throw Errors.wrongType();
        }
        return rows;
    }

    /** One field's column (value, length, ...); {@code missingKey} tells a missing key from a missing field. */
    <T> T fieldColumn(KeyScope scope, byte[] key, byte[] field, Field<T> column) {
        Result<Record> rows = read(scope, key, REDIS_HASH_FIELD.FIELD_HASH.eq(KeyHash.of(field)), column);
        return rows == null ? null : rows.get(0).get(column);
    }

    /** HMGET: values in the order asked (null for missing); null when the key does not exist. */
    List<byte[]> values(KeyScope scope, byte[] key, List<byte[]> fields) {
        List<byte[]> hashes = new ArrayList<>(fields.size());
        for (byte[] f : fields) {
            hashes.add(KeyHash.of(f));
        }
        Result<Record> rows = read(scope, key, REDIS_HASH_FIELD.FIELD_HASH.in(hashes),
                REDIS_HASH_FIELD.FIELD_HASH, REDIS_HASH_FIELD.VALUE_BYTES);
        List<byte[]> out = new ArrayList<>(fields.size());
        for (byte[] h : hashes) {
            byte[] value = null;
            if (rows != null) {
                for (Record r : rows) {
                    if (r.get(REDIS_HASH_FIELD.FIELD_HASH) != null
                            && java.util.Arrays.equals(r.get(REDIS_HASH_FIELD.FIELD_HASH), h)) {
                        value = r.get(REDIS_HASH_FIELD.VALUE_BYTES);
                        break;
                    }
                }
            }
            out.add(value);
        }
        return out;
    }

    /**
     * Every field (HGETALL/HKEYS/HVALS, HRANDFIELD with a count) in field-hash order, as rows of
     * the given columns; an empty list when the key does not exist.
     */
    List<Record> all(KeyScope scope, byte[] key, Field<?>... columns) {
        Result<Record> rows = read(scope, key, DSL.noCondition(), columns);
        List<Record> out = new ArrayList<>();
        if (rows != null) {
            for (Record r : rows) {
                if (r.get(columns[0]) != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * HSCAN page: up to {@code limit} rows (field_hash, field, value) from {@code start} on, in
     * field-hash order; null when the key does not exist.
     */
    List<Record> page(KeyScope scope, byte[] key, byte[] start, int limit) {
        Result<Record> rows = scope.dsl().select(List.<Field<?>>of(REDIS_KEY.TYPE, REDIS_HASH_FIELD.FIELD_HASH,
                        REDIS_HASH_FIELD.FIELD_BYTES, REDIS_HASH_FIELD.VALUE_BYTES))
                .from(REDIS_KEY)
                .leftJoin(REDIS_HASH_FIELD).on(REDIS_HASH_FIELD.KEY_ID.eq(REDIS_KEY.ID)
                        .and(REDIS_HASH_FIELD.FIELD_HASH.ge(start)))
                .where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope))
                .orderBy(REDIS_HASH_FIELD.FIELD_HASH)
                .limit(limit)
                .fetch();
        if (checked(rows) == null) {
            return null;
        }
        List<Record> out = new ArrayList<>();
        for (Record r : rows) {
            if (r.get(REDIS_HASH_FIELD.FIELD_HASH) != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** HLEN: the key row's member count (one primary-key read); null when the key does not exist. */
    Long length(KeyScope scope, byte[] key) {
        return org.redisonmysql.core.keyspace.CollectionKeyRows.cardinality(scope, key, KeyType.HASH);
    }

    // ---- writes, under the key row's lock ----

    /** Which of these field hashes the hash already has. */
    List<byte[]> existing(KeyScope scope, long keyId, Collection<byte[]> hashes) {
        return scope.dsl().select(REDIS_HASH_FIELD.FIELD_HASH).from(REDIS_HASH_FIELD)
                .where(REDIS_HASH_FIELD.KEY_ID.eq(keyId)).and(REDIS_HASH_FIELD.FIELD_HASH.in(hashes))
                .fetch(REDIS_HASH_FIELD.FIELD_HASH);
    }

    /** One field's value, null when missing (HINCRBY, HINCRBYFLOAT). */
    byte[] value(KeyScope scope, long keyId, byte[] field) {
        return scope.dsl().select(REDIS_HASH_FIELD.VALUE_BYTES).from(REDIS_HASH_FIELD)
                .where(REDIS_HASH_FIELD.KEY_ID.eq(keyId)).and(REDIS_HASH_FIELD.FIELD_HASH.eq(KeyHash.of(field)))
                .fetchOne(REDIS_HASH_FIELD.VALUE_BYTES);
    }

    /** Sets fields (distinct, in order), replacing existing values: one multi-row upsert. */
    void upsert(KeyScope scope, long keyId, List<byte[]> fields, List<byte[]> values) {
        InsertValuesStep4<RedisHashFieldRecord, Long, byte[], byte[], byte[]> insert = scope.dsl()
                .insertInto(REDIS_HASH_FIELD, REDIS_HASH_FIELD.KEY_ID, REDIS_HASH_FIELD.FIELD_HASH,
                        REDIS_HASH_FIELD.FIELD_BYTES, REDIS_HASH_FIELD.VALUE_BYTES);
        for (int i = 0; i < fields.size(); i++) {
            insert = insert.values(keyId, KeyHash.of(fields.get(i)), fields.get(i), values.get(i));
        }
        insert.onDuplicateKeyUpdate()
                .set(REDIS_HASH_FIELD.VALUE_BYTES, DSL.excluded(REDIS_HASH_FIELD.VALUE_BYTES))
                .execute();
    }

    /** Adds a field unless present (HSETNX); true when added. */
    boolean insertIfAbsent(KeyScope scope, long keyId, byte[] field, byte[] value) {
        return scope.dsl().insertInto(REDIS_HASH_FIELD)
                .set(REDIS_HASH_FIELD.KEY_ID, keyId)
                .set(REDIS_HASH_FIELD.FIELD_HASH, KeyHash.of(field))
                .set(REDIS_HASH_FIELD.FIELD_BYTES, field)
                .set(REDIS_HASH_FIELD.VALUE_BYTES, value)
                .onDuplicateKeyIgnore()
                .execute() > 0;
    }

    /** Removes fields; returns how many existed. */
    int delete(KeyScope scope, long keyId, Collection<byte[]> hashes) {
        return scope.dsl().deleteFrom(REDIS_HASH_FIELD)
                .where(REDIS_HASH_FIELD.KEY_ID.eq(keyId)).and(REDIS_HASH_FIELD.FIELD_HASH.in(hashes))
                .execute();
    }

}
