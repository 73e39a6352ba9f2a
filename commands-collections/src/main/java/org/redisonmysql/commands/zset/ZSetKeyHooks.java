package org.redisonmysql.commands.zset;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

import static org.redisonmysql.db.Tables.REDIS_ZSET_MEMBER;

/** COPY and OBJECT ENCODING for sorted sets. */
public final class ZSetKeyHooks implements KeyTypeHooks {
    /** Redis 7.0's zset-max-listpack-entries / zset-max-listpack-value defaults. */
    private static final int LISTPACK_ENTRIES = 128;
    private static final int LISTPACK_VALUE = 64;

    @Override
    public KeyType type() {
        return KeyType.ZSET;
    }

    @Override
    public void copyChildren(DSLContext dsl, long sourceId, long targetId) {
        dsl.insertInto(REDIS_ZSET_MEMBER, REDIS_ZSET_MEMBER.KEY_ID, REDIS_ZSET_MEMBER.MEMBER_HASH,
                        REDIS_ZSET_MEMBER.MEMBER_PREFIX, REDIS_ZSET_MEMBER.MEMBER, REDIS_ZSET_MEMBER.SCORE_KEY,
                        REDIS_ZSET_MEMBER.SCORE)
                .select(dsl.select(DSL.val(targetId), REDIS_ZSET_MEMBER.MEMBER_HASH, REDIS_ZSET_MEMBER.MEMBER_PREFIX,
                                REDIS_ZSET_MEMBER.MEMBER, REDIS_ZSET_MEMBER.SCORE_KEY, REDIS_ZSET_MEMBER.SCORE)
                        .from(REDIS_ZSET_MEMBER).where(REDIS_ZSET_MEMBER.KEY_ID.eq(sourceId)))
                .execute();
    }

    @Override
    public String encoding(DSLContext dsl, long id) {
        var row = dsl.select(DSL.count(), DSL.max(DSL.octetLength(REDIS_ZSET_MEMBER.MEMBER.coerce(String.class))))
                .from(REDIS_ZSET_MEMBER).where(REDIS_ZSET_MEMBER.KEY_ID.eq(id)).fetchOne();
        int count = row.value1();
        Integer longest = row.value2();
        return count <= LISTPACK_ENTRIES && (longest == null || longest <= LISTPACK_VALUE) ? "listpack" : "skiplist";
    }
}
