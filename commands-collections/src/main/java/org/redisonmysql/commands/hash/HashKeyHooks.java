package org.redisonmysql.commands.hash;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

import static org.redisonmysql.db.Tables.REDIS_HASH_FIELD;

/** COPY and OBJECT ENCODING for hashes. */
public final class HashKeyHooks implements KeyTypeHooks {
    /** Redis 7.0's hash-max-listpack-entries / hash-max-listpack-value defaults. */
    private static final int LISTPACK_ENTRIES = 128;
    private static final int LISTPACK_VALUE = 64;

    @Override
    public KeyType type() {
        return KeyType.HASH;
    }

    @Override
    public void copyChildren(DSLContext dsl, long sourceId, long targetId) {
        dsl.insertInto(REDIS_HASH_FIELD, REDIS_HASH_FIELD.KEY_ID, REDIS_HASH_FIELD.FIELD_HASH, REDIS_HASH_FIELD.FIELD_BYTES,
                        REDIS_HASH_FIELD.VALUE_BYTES)
                .select(dsl.select(DSL.val(targetId), REDIS_HASH_FIELD.FIELD_HASH, REDIS_HASH_FIELD.FIELD_BYTES,
                                REDIS_HASH_FIELD.VALUE_BYTES)
                        .from(REDIS_HASH_FIELD).where(REDIS_HASH_FIELD.KEY_ID.eq(sourceId)))
                .execute();
    }

    @Override
    public String encoding(DSLContext dsl, long id) {
        var row = dsl.select(DSL.count(), DSL.max(DSL.greatest(DSL.octetLength(REDIS_HASH_FIELD.FIELD_BYTES.coerce(String.class)),
                        DSL.octetLength(REDIS_HASH_FIELD.VALUE_BYTES.coerce(String.class)))))
                .from(REDIS_HASH_FIELD).where(REDIS_HASH_FIELD.KEY_ID.eq(id)).fetchOne();
        int count = row.value1();
        Integer longest = row.value2();
        return count <= LISTPACK_ENTRIES && (longest == null || longest <= LISTPACK_VALUE) ? "listpack" : "hashtable";
    }
}
