package org.redisonmysql.commands.set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyTypeHooks;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.List;

import static org.redisonmysql.db.Tables.REDIS_SET_MEMBER;

/** COPY and OBJECT ENCODING for sets. */
public final class SetKeyHooks implements KeyTypeHooks {
    /** Redis 7.0's set-max-intset-entries default; 7.0 has no listpack sets. */
    private static final int INTSET_ENTRIES = 512;

    @Override
    public KeyType type() {
        return KeyType.SET;
    }

    @Override
    public void copyChildren(DSLContext dsl, long sourceId, long targetId) {
        dsl.insertInto(REDIS_SET_MEMBER, REDIS_SET_MEMBER.KEY_ID, REDIS_SET_MEMBER.MEMBER_HASH, REDIS_SET_MEMBER.MEMBER_BYTES)
                .select(dsl.select(DSL.val(targetId), REDIS_SET_MEMBER.MEMBER_HASH, REDIS_SET_MEMBER.MEMBER_BYTES)
                        .from(REDIS_SET_MEMBER).where(REDIS_SET_MEMBER.KEY_ID.eq(sourceId)))
                .execute();
    }

    @Override
    public String encoding(DSLContext dsl, long id) {
        // At most INTSET_ENTRIES + 1 short members are read: enough to decide.
        List<byte[]> members = dsl.select(REDIS_SET_MEMBER.MEMBER_BYTES).from(REDIS_SET_MEMBER)
                .where(REDIS_SET_MEMBER.KEY_ID.eq(id))
                .limit(INTSET_ENTRIES + 1)
                .fetch(REDIS_SET_MEMBER.MEMBER_BYTES);
        if (members.size() > INTSET_ENTRIES) {
            return "hashtable";
        }
        for (byte[] m : members) {
            if (!RedisNumbers.isLong(m)) {
                return "hashtable";
            }
        }
        return "intset";
    }
}
