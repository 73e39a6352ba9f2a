package org.redisonmysql.it.differential;

import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the same commands to a real redis-server 7 and to this server and compares the replies
 * byte for byte. Each harness gets a fresh tenant on this server and a fresh logical database on
 * the real Redis, so scripts start from an empty keyspace on both sides.
 */
public final class DifferentialHarness implements AutoCloseable {
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static TestServer server;
    private static String database;

    private final RawClient redis;
    private final RawClient ours;
    private final List<String> mismatches = new ArrayList<>();

    private DifferentialHarness(RawClient redis, RawClient ours) {
        this.redis = redis;
        this.ours = ours;
    }

    /** The server shared by the differential tests of this JVM. */
    private static synchronized TestServer server() {
        if (server == null) {
            TestDatabase db = TestDatabase.shared();
            database = db.newDatabaseName();
            db.createDatabase(database);
            server = TestServer.start(db.serverEnv(database));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** Connects to both servers; this server's side as a new tenant, real Redis after FLUSHALL. */
    public static DifferentialHarness open() {
        try {
            TestServer s = server();
            String user = "diff" + TENANTS.incrementAndGet() + ":user";
            TestDatabase.shared().createUser(user, "pw", database);
            RawClient ours = new RawClient(s.port());
            ours.send(RawClient.command("AUTH", user, "pw"));
            String auth = ours.readReplyText();
            if (!auth.equals("+OK\r\n")) {
                throw new IllegalStateException("AUTH failed: " + auth);
            }
            RawClient redis = new RawClient(RealRedis.shared().port());
            redis.send(RawClient.command("FLUSHALL"));
            redis.readReply();
            return new DifferentialHarness(redis, ours);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one command on both; records a mismatch; returns this server's reply. */
    public String run(byte[]... args) {
        byte[] frame = ScriptLines.encode(args);
        try {
            redis.send(frame);
            ours.send(frame);
            byte[] expected = redis.readReply();
            byte[] actual = ours.readReply();
            if (!ReplyComparison.equivalent(args, expected, actual)) {
                mismatches.add(describe(args) + "\n    redis: " + printable(expected) + "\n    ours:  " + printable(actual));
            }
            return new String(actual, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("while running " + describe(args), e);
        }
    }

    /**
     * Sends the commands to both servers as one pipeline (one write), then compares the replies
     * one by one; records a mismatch per differing reply.
     */
    public void runPipeline(List<byte[][]> commands) {
        java.io.ByteArrayOutputStream frames = new java.io.ByteArrayOutputStream();
        for (byte[][] args : commands) {
            frames.writeBytes(ScriptLines.encode(args));
        }
        try {
            redis.send(frames.toByteArray());
            ours.send(frames.toByteArray());
            for (byte[][] args : commands) {
                byte[] expected = redis.readReply();
                byte[] actual = ours.readReply();
                if (!ReplyComparison.equivalent(args, expected, actual)) {
                    mismatches.add("(pipelined) " + describe(args) + "\n    redis: " + printable(expected)
                            + "\n    ours:  " + printable(actual));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("while running a pipeline of " + commands.size(), e);
        }
    }

    public String run(String... args) {
        byte[][] bytes = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            bytes[i] = args[i].getBytes(StandardCharsets.UTF_8);
        }
        return run(bytes);
    }

    /** Runs a script: one command per line in redis-cli syntax (quotes, \xHH escapes); # starts a comment. */
    public void runScript(String script) {
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            run(ScriptLines.split(trimmed));
        }
    }

    public List<String> mismatches() {
        return mismatches;
    }

    private static String describe(byte[][] args) {
        StringBuilder s = new StringBuilder();
        for (byte[] a : args) {
            s.append(printable(a)).append(' ');
        }
        return s.toString().trim();
    }

    static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '\r') {
                s.append("\\r");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c < 32 || c > 126) {
                s.append(String.format("\\x%02x", c));
            } else {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        redis.close();
        ours.close();
    }
}
