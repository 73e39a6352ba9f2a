package org.redisonmysql.server.db;

import org.jooq.SQLDialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Picks the jOOQ dialect from the server itself: MariaDB rejects MySQL 8's
 * {@code INSERT ... AS excluded} upsert syntax, so the dialect cannot come from configuration.
 */
public final class Dialects {
    private Dialects() {
    }

    public static SQLDialect detect(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        return version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                ? SQLDialect.MARIADB : SQLDialect.MYSQL;
    }
}
