package org.redisonmysql.commands.list;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

import static org.redisonmysql.db.Tables.REDIS_LIST_ITEM;

/** COPY and OBJECT ENCODING for lists. */
public final class ListKeyHooks implements KeyTypeHooks {
    @Override
    public KeyType type() {
        return KeyType.LIST;
    }

    @Override
    public void copyChildren(DSLContext dsl, long sourceId, long targetId) {
        dsl.insertInto(REDIS_LIST_ITEM, REDIS_LIST_ITEM.KEY_ID, REDIS_LIST_ITEM.POS, REDIS_LIST_ITEM.ITEM_BYTES)
                .select(dsl.select(DSL.val(targetId), REDIS_LIST_ITEM.POS, REDIS_LIST_ITEM.ITEM_BYTES)
                        .from(REDIS_LIST_ITEM).where(REDIS_LIST_ITEM.KEY_ID.eq(sourceId)))
                .execute();
    }

    /** Redis 7.0 stores every list as a quicklist (the listpack encoding for small lists came in 7.2). */
    @Override
    public String encoding(DSLContext dsl, long id) {
        return "quicklist";
    }
}
