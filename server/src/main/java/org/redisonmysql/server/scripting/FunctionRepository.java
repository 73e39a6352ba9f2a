package org.redisonmysql.server.scripting;

import org.jooq.DSLContext;
import org.jooq.Record2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.redisonmysql.db.Tables.REDIS_FUNCTION_LIBRARY;
import static org.redisonmysql.db.Tables.REDIS_FUNCTION_VERSION;

/**
 * Function libraries by tenant (redis_function_library) and the tenant's library version
 * (redis_function_version). Every change first bumps the version, which locks the tenant's version
 * row until commit: changes to one tenant's libraries are serialised across instances.
 */
public final class FunctionRepository {
    /** One stored library: its name and the whole FUNCTION LOAD payload. */
    public record StoredLibrary(String name, byte[] code) {
    }

    private FunctionRepository() {
    }

    /** The tenant's library version (0 when it never loaded a library): one primary-key read. */
    public static long version(DSLContext dsl, String tenant) {
        Long v = dsl.select(REDIS_FUNCTION_VERSION.VERSION).from(REDIS_FUNCTION_VERSION)
                .where(REDIS_FUNCTION_VERSION.TENANT.eq(tenant))
                .fetchOne(REDIS_FUNCTION_VERSION.VERSION);
        return v == null ? 0 : v;
    }

    /**
     * Starts a change: bumps the tenant's version, which holds the row lock until commit (so the
     * libraries read next are the latest committed and no other change can interleave).
     */
    public static void bumpVersion(DSLContext dsl, String tenant) {
        dsl.insertInto(REDIS_FUNCTION_VERSION)
                .set(REDIS_FUNCTION_VERSION.TENANT, tenant)
                .set(REDIS_FUNCTION_VERSION.VERSION, 1L)
                .onDuplicateKeyUpdate()
                .set(REDIS_FUNCTION_VERSION.VERSION, REDIS_FUNCTION_VERSION.VERSION.plus(1))
                .execute();
    }

    /** All of the tenant's libraries, by name. */
    public static List<StoredLibrary> all(DSLContext dsl, String tenant) {
        List<StoredLibrary> out = new ArrayList<>();
        for (Record2<String, byte[]> r : dsl.select(REDIS_FUNCTION_LIBRARY.NAME, REDIS_FUNCTION_LIBRARY.CODE)
                .from(REDIS_FUNCTION_LIBRARY)
                .where(REDIS_FUNCTION_LIBRARY.TENANT.eq(tenant))
                .orderBy(REDIS_FUNCTION_LIBRARY.NAME)
                .fetch()) {
            out.add(new StoredLibrary(r.value1(), r.value2()));
        }
        return out;
    }

    /** Stores a library, replacing one of the same name. */
    public static void upsert(DSLContext dsl, String tenant, String name, byte[] code, long now) {
        dsl.insertInto(REDIS_FUNCTION_LIBRARY)
                .set(REDIS_FUNCTION_LIBRARY.TENANT, tenant)
                .set(REDIS_FUNCTION_LIBRARY.NAME, name)
                .set(REDIS_FUNCTION_LIBRARY.CODE, code)
                .set(REDIS_FUNCTION_LIBRARY.CREATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(REDIS_FUNCTION_LIBRARY.CODE, code)
                .set(REDIS_FUNCTION_LIBRARY.CREATED_AT, now)
                .execute();
    }

    /** Deletes the named libraries (FUNCTION DELETE, LOAD REPLACE, RESTORE REPLACE). */
    public static int delete(DSLContext dsl, String tenant, Collection<String> names) {
        return dsl.deleteFrom(REDIS_FUNCTION_LIBRARY)
                .where(REDIS_FUNCTION_LIBRARY.TENANT.eq(tenant).and(REDIS_FUNCTION_LIBRARY.NAME.in(names)))
                .execute();
    }

    /** FUNCTION FLUSH, RESTORE FLUSH: this tenant's libraries only. */
    public static void flush(DSLContext dsl, String tenant) {
        dsl.deleteFrom(REDIS_FUNCTION_LIBRARY).where(REDIS_FUNCTION_LIBRARY.TENANT.eq(tenant)).execute();
    }
}
