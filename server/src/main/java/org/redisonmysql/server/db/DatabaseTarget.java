package org.redisonmysql.server.db;

import org.redisonmysql.server.config.HostPort;

import java.util.Properties;

/**
 * Where the MySQL (or MariaDB) database is and how to connect to it with JDBC. The server's own
 * connection options come first so that it behaves the same on every deployment; the operator's
 * {@code mysql_options} are appended and win where they name the same option.
 */
public record DatabaseTarget(HostPort address, String database, String extraOptions, int connectTimeoutMs) {

    /** Options the statements rely on (see docs/architecture.md). */
    private static final String BASE_OPTIONS = String.join("&",
            // ON DUPLICATE KEY UPDATE reports 0 for "row found, nothing changed" (SET NX, ...)
            "useAffectedRows=true",
            // single-statement type checks rely on NOT NULL violations being errors
            "sessionVariables=sql_mode='STRICT_ALL_TABLES'",
            "useLocalSessionState=true",
            "rewriteBatchedStatements=true",
            "cachePrepStmts=true",
            "prepStmtCacheSize=256",
            "prepStmtCacheSqlLimit=4096",
            "tcpKeepAlive=true",
            "allowPublicKeyRetrieval=true",
            "characterEncoding=UTF-8",
            "maxAllowedPacket=1073741824");

    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:mysql://").append(address).append('/').append(database)
                .append('?').append(BASE_OPTIONS)
                .append("&connectTimeout=").append(connectTimeoutMs)
                .append("&socketTimeout=").append(Math.max(30_000, connectTimeoutMs * 6L));
        if (extraOptions != null && !extraOptions.isBlank()) {
            String opts = extraOptions.startsWith("?") || extraOptions.startsWith("&") ? extraOptions.substring(1) : extraOptions;
            url.append('&').append(opts);
        }
        return url.toString();
    }

    public Properties credentials(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password == null ? "" : password);
        return p;
    }
}
