package org.redisonmysql.server.scripting;

import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static org.redisonmysql.db.Tables.REDIS_KEY;
import static org.redisonmysql.db.Tables.REDIS_SCRIPT;

/** Lua script bodies by tenant and SHA1 (redis_script), so that EVALSHA works on every instance. */
public final class ScriptRepository {
    private ScriptRepository() {
    }

    /** Stores a script; loading the same body again changes nothing (same SHA1, same bytes). */
    public static void store(DSLContext dsl, String tenant, String sha1, byte[] body, long now) {
        dsl.insertInto(REDIS_SCRIPT)
                .set(REDIS_SCRIPT.TENANT, tenant)
                .set(REDIS_SCRIPT.SHA1, sha1)
                .set(REDIS_SCRIPT.BODY, body)
                .set(REDIS_SCRIPT.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** The body, or null when this tenant has no such script. */
    public static byte[] find(DSLContext dsl, String tenant, String sha1) {
        return dsl.select(REDIS_SCRIPT.BODY).from(REDIS_SCRIPT)
                .where(REDIS_SCRIPT.TENANT.eq(tenant).and(REDIS_SCRIPT.SHA1.eq(sha1)))
                .fetchOne(REDIS_SCRIPT.BODY);
    }

    /** Which of {@code sha1s} this tenant has (one statement for SCRIPT EXISTS). */
    public static Set<String> existing(DSLContext dsl, String tenant, Collection<String> sha1s) {
        return new HashSet<>(dsl.select(REDIS_SCRIPT.SHA1).from(REDIS_SCRIPT)
                .where(REDIS_SCRIPT.TENANT.eq(tenant).and(REDIS_SCRIPT.SHA1.in(sha1s)))
                .fetch(REDIS_SCRIPT.SHA1));
    }

    /**
     * Locks the rows of the keys a script declares (KEYS), in primary-key order, before it runs.
     * At SERIALIZABLE a read-modify-write script would otherwise take a shared lock on read and
     * deadlock upgrading it on write whenever two clients run it on the same key; with the rows
     * locked up front they queue instead.
     */
    public static void lockKeys(DSLContext dsl, String tenant, int db, Collection<byte[]> keyHashes) {
        dsl.select(REDIS_KEY.ID).from(REDIS_KEY)
                .where(REDIS_KEY.TENANT.eq(tenant).and(REDIS_KEY.DB.eq(db)).and(REDIS_KEY.KEY_HASH.in(keyHashes)))
                .orderBy(REDIS_KEY.KEY_HASH)
                .forUpdate()
                .fetch();
    }

    /** SCRIPT FLUSH: this tenant's scripts only. */
    public static void flush(DSLContext dsl, String tenant) {
        dsl.deleteFrom(REDIS_SCRIPT).where(REDIS_SCRIPT.TENANT.eq(tenant)).execute();
    }
}
