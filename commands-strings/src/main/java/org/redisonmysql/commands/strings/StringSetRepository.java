package org.redisonmysql.commands.strings;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertValuesStep8;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.db.tables.records.RedisKeyRecord;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.redisonmysql.commands.strings.StringRows.STRING;
import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * SET and its relatives. The common cases are one statement (an upsert, or an UPDATE for XX);
 * a row of another type, or an expired one of another type, makes that statement fail on purpose
 * (NOT NULL violation on {@code type}) and only then the locked path runs.
 */
public final class StringSetRepository {
    /** What a SET did: whether it wrote, and for GET the previous value. */
    public record Outcome(boolean written, byte[] previous) {
    }

    /** When a SET writes. */
    public enum When { ALWAYS, NX, XX }

    /**
     * SET without GET. {@code expiresAt} is the new expiry (null = none) unless {@code keepTtl}.
     * Returns whether the value was written (false when NX/XX refused).
     */
    public boolean set(KeyScope scope, byte[] key, byte[] value, Long expiresAt, boolean keepTtl, When when) {
        try {
            return switch (when) {
                case ALWAYS -> {
                    upsert(scope, key, value, expiresAt, keepTtl);
                    yield true;
                }
                case NX -> upsertIfAbsent(scope, key, value, expiresAt);
                case XX -> updateIfPresent(scope, key, value, expiresAt, keepTtl);
            };
        } catch (DataAccessException e) {
            if (!StringRows.isTypeMismatch(e)) {
                throw e;
            }
            return setLocked(scope, key, value, expiresAt, keepTtl, when, false).written();
        }
    }

    /**
     * The locked path, and SET ... GET / GETSET: locks the row, decides as Redis does, writes.
     * With {@code get}, a live key of another type is WRONGTYPE and nothing is written.
     */
    public Outcome setLocked(KeyScope scope, byte[] key, byte[] value, Long expiresAt, boolean keepTtl,
                             When when, boolean get) {
        return StringRows.inTransaction(scope, tx -> {
            StringRows.Locked row = StringRows.lock(tx, key, get);
            boolean exists = row != null && row.live();
            byte[] previous = get && exists ? row.stringOrNull() : null;
            if ((when == When.NX && exists) || (when == When.XX && !exists)) {
                return new Outcome(false, previous);
            }
            Long expiry = keepTtl ? (exists ? row.expiresAt() : null) : expiresAt;
            StringRows.write(tx, key, row, value, expiry);
            return new Outcome(true, previous);
        });
    }

    private void upsert(KeyScope scope, byte[] key, byte[] value, Long expiresAt, boolean keepTtl) {
        Field<Long> expiry = keepTtl
                ? DSL.when(KeyspaceRepository.live(scope), REDIS_KEY.EXPIRES_AT).else_(DSL.castNull(REDIS_KEY.EXPIRES_AT.getDataType()))
                : DSL.excluded(REDIS_KEY.EXPIRES_AT);
        insertRow(scope, key, value, keepTtl ? null : expiresAt)
                .onDuplicateKeyUpdate()
                // First assignment: a row of another type becomes NULL here and the statement fails.
                .set(REDIS_KEY.TYPE, StringRows.keepOnlyString())
                .set(REDIS_KEY.STR_VALUE, DSL.excluded(REDIS_KEY.STR_VALUE))
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                // Last: the assignments above read the old expiry.
                .set(REDIS_KEY.EXPIRES_AT, expiry)
                .execute();
    }

    /** NX: one upsert that changes nothing (0 rows) when a live key exists. */
    private boolean upsertIfAbsent(KeyScope scope, byte[] key, byte[] value, Long expiresAt) {
        Condition live = KeyspaceRepository.live(scope);
        int rows = insertRow(scope, key, value, expiresAt)
                .onDuplicateKeyUpdate()
                .set(REDIS_KEY.TYPE, DSL.when(live, REDIS_KEY.TYPE).else_(StringRows.keepOnlyString()))
                .set(REDIS_KEY.STR_VALUE, DSL.when(live, REDIS_KEY.STR_VALUE).else_(DSL.excluded(REDIS_KEY.STR_VALUE)))
                .set(REDIS_KEY.VERSION, DSL.when(live, REDIS_KEY.VERSION).else_(REDIS_KEY.VERSION.plus(1)))
                .set(REDIS_KEY.EXPIRES_AT, DSL.when(live, REDIS_KEY.EXPIRES_AT).else_(DSL.excluded(REDIS_KEY.EXPIRES_AT)))
                .execute();
        return rows > 0;
    }

    /** XX: one UPDATE of the live row; the version bump makes it count as changed. */
    private boolean updateIfPresent(KeyScope scope, byte[] key, byte[] value, Long expiresAt, boolean keepTtl) {
        var update = scope.dsl().update(REDIS_KEY)
                .set(REDIS_KEY.TYPE, StringRows.keepOnlyString())
                .set(REDIS_KEY.STR_VALUE, value)
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1));
        if (!keepTtl) {
            update = update.set(REDIS_KEY.EXPIRES_AT, expiresAt);
        }
        return update.where(KeyspaceRepository.isKey(scope, key)).and(KeyspaceRepository.live(scope)).execute() > 0;
    }

    private static InsertValuesStep8<RedisKeyRecord, String, Integer, byte[], byte[], Byte, Long, Long, byte[]> insertRow(
            KeyScope scope, byte[] key, byte[] value, Long expiresAt) {
        return scope.dsl().insertInto(REDIS_KEY, REDIS_KEY.TENANT, REDIS_KEY.DB, REDIS_KEY.KEY_HASH, REDIS_KEY.KEY_BYTES,
                        REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.VERSION, REDIS_KEY.STR_VALUE)
                .values(scope.tenant(), scope.db(), KeyHash.of(key), key, STRING, expiresAt, 1L, value);
    }

    /** MSET: one multi-row upsert (rows in key-hash order, to keep concurrent MSETs from deadlocking). */
    public void mset(KeyScope scope, List<byte[]> keysAndValues) {
        Map<ByteBuffer, byte[][]> rows = lastWins(keysAndValues);
        try {
            msetUpsert(scope, rows);
        } catch (DataAccessException e) {
            if (!StringRows.isTypeMismatch(e)) {
                throw e;
            }
            StringRows.inTransaction(scope, tx -> {
                tx.dsl().deleteFrom(REDIS_KEY)
                        .where(KeyspaceRepository.inScope(tx)).and(REDIS_KEY.KEY_HASH.in(hashes(rows)))
                        .and(REDIS_KEY.TYPE.ne(STRING).or(KeyspaceRepository.live(tx).not()))
                        .execute();
                msetUpsert(tx, rows);
                return null;
            });
        }
    }

    private void msetUpsert(KeyScope scope, Map<ByteBuffer, byte[][]> rows) {
        var insert = scope.dsl().insertInto(REDIS_KEY, REDIS_KEY.TENANT, REDIS_KEY.DB, REDIS_KEY.KEY_HASH, REDIS_KEY.KEY_BYTES,
                REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.VERSION, REDIS_KEY.STR_VALUE);
        for (Map.Entry<ByteBuffer, byte[][]> row : rows.entrySet()) {
            insert = insert.values(scope.tenant(), scope.db(), row.getKey().array(), row.getValue()[0], STRING, null, 1L,
                    row.getValue()[1]);
        }
        insert.onDuplicateKeyUpdate()
                .set(REDIS_KEY.TYPE, StringRows.keepOnlyString())
                .set(REDIS_KEY.STR_VALUE, DSL.excluded(REDIS_KEY.STR_VALUE))
                .set(REDIS_KEY.VERSION, REDIS_KEY.VERSION.plus(1))
                .set(REDIS_KEY.EXPIRES_AT, DSL.castNull(REDIS_KEY.EXPIRES_AT.getDataType()))
                .execute();
    }

    /**
     * MSETNX: in one transaction, locks the keys' rows; when none is live, removes expired rows and
     * inserts all. A concurrent insert of one of the keys (no gap locks at READ COMMITTED) shows as
     * a duplicate key, and the decision is taken again.
     */
    public boolean msetnx(KeyScope scope, List<byte[]> keysAndValues) {
        Map<ByteBuffer, byte[][]> rows = lastWins(keysAndValues);
        List<byte[]> hashes = hashes(rows);
        for (int attempt = 1; ; attempt++) {
            try {
                return StringRows.inTransaction(scope, tx -> {
                    List<Long> expired = new ArrayList<>();
                    boolean anyLive = false;
                    for (var r : tx.dsl().select(REDIS_KEY.ID, REDIS_KEY.EXPIRES_AT).from(REDIS_KEY)
                            .where(KeyspaceRepository.inScope(tx)).and(REDIS_KEY.KEY_HASH.in(hashes))
                            .orderBy(REDIS_KEY.KEY_HASH)
                            .forUpdate()
                            .fetch()) {
                        if (r.value2() == null || r.value2() > tx.now()) {
                            anyLive = true;
                        } else {
                            expired.add(r.value1());
                        }
                    }
                    if (anyLive) {
                        return false;
                    }
                    if (!expired.isEmpty()) {
                        tx.dsl().deleteFrom(REDIS_KEY)
                                .where(KeyspaceRepository.inScope(tx)).and(REDIS_KEY.ID.in(expired))
                                .execute();
                    }
                    var insert = tx.dsl().insertInto(REDIS_KEY, REDIS_KEY.TENANT, REDIS_KEY.DB, REDIS_KEY.KEY_HASH,
                            REDIS_KEY.KEY_BYTES, REDIS_KEY.TYPE, REDIS_KEY.EXPIRES_AT, REDIS_KEY.VERSION, REDIS_KEY.STR_VALUE);
                    for (Map.Entry<ByteBuffer, byte[][]> row : rows.entrySet()) {
                        insert = insert.values(tx.tenant(), tx.db(), row.getKey().array(), row.getValue()[0], STRING,
                                null, 1L, row.getValue()[1]);
                    }
                    insert.execute();
                    return true;
                });
            } catch (DataAccessException e) {
                if (!StringRows.hasErrorCode(e, StringRows.ER_DUP_ENTRY) || attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** key hash -> {key, value}, the last value of a repeated key winning, sorted by hash. */
    private static Map<ByteBuffer, byte[][]> lastWins(List<byte[]> keysAndValues) {
        List<byte[][]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < keysAndValues.size(); i += 2) {
            pairs.add(new byte[][] {KeyHash.of(keysAndValues.get(i)), keysAndValues.get(i), keysAndValues.get(i + 1)});
        }
        pairs.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
        Map<ByteBuffer, byte[][]> rows = new LinkedHashMap<>();
        for (byte[][] p : pairs) {
            rows.put(ByteBuffer.wrap(p[0]), new byte[][] {p[1], p[2]});
        }
        return rows;
    }

    private static List<byte[]> hashes(Map<ByteBuffer, byte[][]> rows) {
        List<byte[]> hashes = new ArrayList<>(rows.size());
        for (ByteBuffer b : rows.keySet()) {
            hashes.add(b.array());
        }
        return hashes;
    }
}
