package org.redisonmysql.server.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema migrations ({@code db/migration} of the schema module) with an admin
 * account. The same files apply by hand with the {@code mysql} client, in version order.
 */
public final class Migrator {
    private Migrator() {
    }

    public static MigrateResult migrate(DatabaseTarget target, String user, String password) {
        return Flyway.configure(Migrator.class.getClassLoader())
                .dataSource(target.jdbcUrl(), user, password)
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load()
                .migrate();
    }

}
