package org.redisonmysql.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's own MariaDB server ({@code mariadb-server}: /usr/sbin/mariadbd) run by a test as a child
 * process it controls: a scratch data directory, a free loopback port and a private socket, so it
 * never touches the machine's MariaDB service. The test stops it gracefully (SIGTERM), kills it
 * (SIGKILL, InnoDB crash recovery on the next start) and starts it again on the same data and port.
 * An admin account with full rights is (re)created at every start through {@code --init-file}.
 * Missing binaries fail the test with a message that says what to install: CI installs them.
 */
public final class DebianMariaDb implements AutoCloseable {
    public static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final List<Path> INSTALL_DB = List.of(Path.of("/usr/bin/mariadb-install-db"),
            Path.of("/usr/bin/mysql_install_db"));
    private static final String ADMIN_USER = "it_admin";
    private static final String ADMIN_PASSWORD = "it-admin-pw";
    private static final long START_TIMEOUT_MS = 60_000;

    private final Path dir;
    private final int port;
    private volatile Process process;

    private DebianMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        // Never leave a mariadbd behind when the test JVM ends early.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = process;
            if (p != null) {
                p.destroyForcibly();
            }
        }));
    }

    /** Installs a new data directory (mariadb-install-db) and starts mariadbd on it. */
    public static DebianMariaDb installAndStart() {
        Path installDb = INSTALL_DB.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (!Files.isExecutable(MARIADBD) || installDb == null) {
            throw new IllegalStateException("Debian's MariaDB server is not installed (" + MARIADBD + " and "
                    + INSTALL_DB.get(0) + " are needed): apt-get install mariadb-server (.ci/run installs it)");
        }
        try {
            // Under the temp directory: the socket path must stay under the 108 bytes Unix allows.
            Path dir = Files.createTempDirectory("it-mariadbd");
            DebianMariaDb db = new DebianMariaDb(dir, freePort());
            Files.writeString(dir.resolve("init.sql"), String.join("\n",
                    "CREATE USER IF NOT EXISTS '" + ADMIN_USER + "'@'127.0.0.1' IDENTIFIED BY '" + ADMIN_PASSWORD + "';",
                    "CREATE USER IF NOT EXISTS '" + ADMIN_USER + "'@'localhost' IDENTIFIED BY '" + ADMIN_PASSWORD + "';",
                    "GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN_USER + "'@'127.0.0.1' WITH GRANT OPTION;",
                    "GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN_USER + "'@'localhost' WITH GRANT OPTION;", ""),
                    StandardCharsets.UTF_8);
            Process install = new ProcessBuilder(installDb.toString(), "--no-defaults", "--user=root",
                    "--datadir=" + db.dataDir(), "--skip-test-db", "--auth-root-authentication-method=socket")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
            if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new IllegalStateException(installDb + " failed: " + tail(dir.resolve("install.log")));
            }
            db.start();
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a Debian mariadbd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts mariadbd on the same data directory and port; returns once the admin account can log in. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("mariadbd is already running");
        }
        List<String> cmd = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--user=root",
                "--datadir=" + dataDir(), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadbd.sock"), "--pid-file=" + dir.resolve("mariadbd.pid"),
                "--log-error=" + dir.resolve("error.log"), "--init-file=" + dir.resolve("init.sql"),
                "--max-allowed-packet=1073741824", "--skip-log-bin"));
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log").toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + MARIADBD + ": " + e.getMessage(), e);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + ": "
                        + tail(dir.resolve("error.log")));
            }
            try (Connection c = admin()) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        throw new IllegalStateException("mariadbd not ready within " + START_TIMEOUT_MS + " ms (" + last + "): "
                + tail(dir.resolve("error.log")));
    }

    /** A clean shutdown: SIGTERM, then waits for mariadbd to exit. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    /** A crash: SIGKILL, no shutdown at all (the next start runs InnoDB's crash recovery). */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return port;
    }

    public String adminUser() {
        return ADMIN_USER;
    }

    public String adminPassword() {
        return ADMIN_PASSWORD;
    }

    /** An admin JDBC connection (to no database in particular). */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?allowPublicKeyRetrieval=true&connectTimeout=2000",
                ADMIN_USER, ADMIN_PASSWORD);
    }

    /** Test-only administrative SQL (accounts, databases). */
    public void execute(String... statements) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops mariadbd and deletes its scratch directory. */
    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch space under the temp directory: best effort
        }
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
