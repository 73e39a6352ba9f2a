package org.redisonmysql.core.keyspace;

import org.jooq.DSLContext;

import java.util.Objects;

/**
 * Where a repository call acts: the unit of work's DSL, the tenant and logical database, and the
 * command's time (every expiry decision of one command uses the same instant).
 */
public record KeyScope(DSLContext dsl, String tenant, int db, long now) {
    public KeyScope {
        Objects.requireNonNull(dsl, "dsl");
        Objects.requireNonNull(tenant, "tenant");
    }

    public KeyScope withDb(int otherDb) {
        return new KeyScope(dsl, tenant, otherDb, now);
    }
}
