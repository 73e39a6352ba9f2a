package org.redisonmysql.core.blocking;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.redisonmysql.core.keyspace.KeyType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * The one statement (a multi-range read of the primary key) of the cross-instance wake-up: which of the keys this instance's clients are
 * blocked on exist now with the awaited type. A collection exists only while it has elements, so
 * an existing key is a key worth retrying.
 */
final class ReadyKeysRepository {
    private ReadyKeysRepository() {
    }

    /** (db, key_hash) of the live keys among {@code keyHashes} of this tenant with one of the types. */
    static List<Record2<Integer, byte[]>> ready(DSLContext dsl, String tenant, Collection<Integer> dbs,
            Collection<byte[]> keyHashes, Collection<KeyType> types, long now) {
        List<Byte> codes = new ArrayList<>();
        for (KeyType t : types) {
            codes.add(t.code());
        }
        return dsl.select(REDIS_KEY.DB, REDIS_KEY.KEY_HASH).from(REDIS_KEY)
                .where(REDIS_KEY.TENANT.eq(tenant))
                .and(REDIS_KEY.DB.in(dbs))
                .and(REDIS_KEY.KEY_HASH.in(keyHashes))
                .and(REDIS_KEY.TYPE.in(codes))
                .and(REDIS_KEY.EXPIRES_AT.isNull().or(REDIS_KEY.EXPIRES_AT.gt(now)))
                .fetch();
    }
}
