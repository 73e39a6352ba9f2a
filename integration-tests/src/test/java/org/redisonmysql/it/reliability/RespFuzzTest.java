package org.redisonmysql.it.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestServer;
import org.redisonmysql.it.differential.RealRedis;
import redis.clients.jedis.Jedis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded generator of valid, truncated, oversized and random RESP frames against a real server:
 * the server answers what it can, answers protocol violations as Redis does and closes only those
 * connections, keeps serving a well-behaved client throughout, and its heap stays bounded.
 */
class RespFuzzTest {
    private static final long SEED = 0x5eed_f022L;
    private static final int TARGET_INPUTS = 200_000;
    private static final long MAX_MILLIS = 55_000;
    private static final int THREADS = 4;
    private static final String USER = "fuzz:user";

    /** Protocol violations and the error Redis 7 answers to each (checked against real Redis below). */
    private static final String[][] VIOLATIONS = {
            {"*1\r\n$abc\r\n", "invalid bulk length"},
            {"*abc\r\n", "invalid multibulk length"},
            {"*1\r\nfoo\r\n", "expected '$', got 'f'"},
            {"*1\r\n$-5\r\n", "invalid bulk length"},
            {"*1\r\n$999999999999\r\n", "invalid bulk length"},
            {"*9999999999999\r\n", "invalid multibulk length"},
            {"*2\r\n$3\r\nGET\r\n:12\r\n", "expected '$', got ':'"},
            {"SET \"abc\r\n", "unbalanced quotes in request"},
            {"ECHO 'x\r\n", "unbalanced quotes in request"},
            {"*1\r\n\r\n", "expected '$', got ' '"},
            {"*2\r\n$1\r\na\r\n\n\r\n", "expected '$', got ' '"},
    };

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withUser(USER, "pw");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void violationsAreAnsweredLikeRedis() throws Exception {
        List<String[]> all = new ArrayList<>(List.of(VIOLATIONS));
        all.add(new String[] {"*" + "1".repeat(70 * 1024), "too big mbulk count string"});
        all.add(new String[] {"*1\r\n$" + "1".repeat(70 * 1024), "too big bulk count string"});
        all.add(new String[] {"*1\r\nf" + "o".repeat(70 * 1024), "too big bulk count string"});
        all.add(new String[] {"PING " + "x".repeat(70 * 1024), "too big inline request"});
        for (String[] v : all) {
            String redis = answerTo(RealRedis.shared().port(), false, v[0]);
            String ours = answerTo(server.port(), true, v[0]);
            assertThat(redis).as("real Redis to %s", shorten(v[0])).isEqualTo("-ERR Protocol error: " + v[1] + "\r\n");
            assertThat(ours).as("this server to %s", shorten(v[0])).isEqualTo(redis);
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** Sends PING then the bytes; returns the reply after +PONG, and checks the connection closed. */
    private static String answerTo(int port, boolean auth, String frame) throws IOException {
        try (RawClient c = new RawClient(port)) {
            if (auth) {
                c.send(RawClient.command("AUTH", USER, "pw"));
                assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            }
            c.send(RawClient.command("PING"));
            assertThat(c.readReplyText()).isEqualTo("+PONG\r\n");
            c.send(frame);
            String reply = c.readReplyText();
            assertThat(c.closedByServer()).as("closed after %s", shorten(frame)).isTrue();
            return reply;
        }
    }

    @Test
    void fuzzedFramesNeverHurtTheServerOrOtherClients() throws Exception {
        long heapBefore = usedHeapAfterGc();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong inputs = new AtomicLong();
        AtomicLong connections = new AtomicLong();
        AtomicLong wellBehavedOps = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        Future<?> good = pool.submit(() -> wellBehavedClient(stop, failures, wellBehavedOps));
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        List<Future<?>> fuzzers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = SEED + t;
            fuzzers.add(pool.submit(() -> {
                Random r = new Random(seed);
                while (inputs.get() < TARGET_INPUTS && System.currentTimeMillis() < deadline && failures.size() < 20) {
                    try {
                        inputs.addAndGet(oneConnection(r, failures));
                        connections.incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        failures.add("fuzz connection (seed " + seed + "): " + e);
                    }
                }
            }));
        }
        for (Future<?> f : fuzzers) {
            f.get(MAX_MILLIS + 30_000, TimeUnit.MILLISECONDS);
        }
        // the well-behaved client keeps working after the fuzz too
        Thread.sleep(500);
        long opsAtEnd = wellBehavedOps.get();
        Thread.sleep(1000);
        stop.set(true);
        good.get(30, TimeUnit.SECONDS);
        pool.shutdownNow();
        long heapAfter = usedHeapAfterGc();

        assertThat(failures).as("failures (seed %s)", SEED).isEmpty();
        assertThat(inputs.get()).as("fuzz inputs in %s ms over %s connections", MAX_MILLIS, connections.get())
                .isGreaterThanOrEqualTo(TARGET_INPUTS);
        assertThat(wellBehavedOps.get()).as("well-behaved client progressed after the fuzz").isGreaterThan(opsAtEnd);
        assertThat(heapAfter - heapBefore).as("heap growth after the fuzz").isLessThan(128L << 20);
        try (Jedis j = new Jedis("127.0.0.1", server.port())) {
            j.auth(USER, "pw");
            assertThat(j.ping()).isEqualTo("PONG");
            assertThat(j.set("after", "fuzz")).isEqualTo("OK");
            assertThat(j.get("after")).isEqualTo("fuzz");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    private static void wellBehavedClient(AtomicBoolean stop, ConcurrentLinkedQueue<String> failures, AtomicLong ops) {
        long i = 0;
        try (Jedis j = new Jedis("127.0.0.1", server.port(), 10_000)) {
            j.auth(USER, "pw");
            while (!stop.get()) {
                String key = "good:" + (i % 16);
                String value = "v" + i + "\r\n\0";
                if (!"PONG".equals(j.ping())) {
                    failures.add("PING");
                }
                if (!"OK".equals(j.set(key, value))) {
                    failures.add("SET " + key);
                }
                String got = j.get(key);
                if (!value.equals(got)) {
                    failures.add("GET " + key + " = " + got + ", expected " + value);
                }
                ops.incrementAndGet();
                i++;
            }
        } catch (RuntimeException e) {
            failures.add("well-behaved client after " + i + " rounds: " + e);
        }
    }

    /** One connection: valid frames with known replies, then maybe a violation, a truncation or noise. */
    private static int oneConnection(Random r, ConcurrentLinkedQueue<String> failures) throws IOException {
        boolean auth = r.nextInt(10) != 0;
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int inputs = 0;
        if (auth) {
            blob.writeBytes(RawClient.command("AUTH", USER, "pw"));
            expected.writeBytes(b("+OK\r\n"));
        }
        int n = 50 + r.nextInt(600);
        String thread = Thread.currentThread().getName();
        for (int i = 0; i < n; i++) {
            inputs++;
            int kind = r.nextInt(100);
            if (!auth) {
                blob.writeBytes(kind < 50 ? RawClient.command("PING") : b("PING\r\n"));
                expected.writeBytes(b("-NOAUTH Authentication required.\r\n"));
            } else if (kind < 35) {
                blob.writeBytes(RawClient.command("PING"));
                expected.writeBytes(b("+PONG\r\n"));
            } else if (kind < 45) {
                blob.writeBytes(b(r.nextBoolean() ? "PING\r\n" : "  ping  \n"));
                expected.writeBytes(b("+PONG\r\n"));
            } else if (kind < 48) {
                blob.writeBytes(b("\r\n"));  // empty inline line: ignored, no reply
            } else if (kind < 88) {
                byte[] payload = new byte[r.nextInt(r.nextInt(10) == 0 ? 20_000 : 40)];
                r.nextBytes(payload);
                blob.writeBytes(HostileKeysTest.encode(b("ECHO"), payload));
                expected.writeBytes(b("$" + payload.length + "\r\n"));
                expected.writeBytes(payload);
                expected.writeBytes(b("\r\n"));
            } else if (kind < 93) {
                blob.writeBytes(RawClient.command("PING", "m" + i));
                expected.writeBytes(b("$" + ("m" + i).length() + "\r\nm" + i + "\r\n"));
            } else if (kind < 97) {
                blob.writeBytes(RawClient.command("NOSUCHCMD", "x"));
                expected.writeBytes(b("-ERR unknown command 'NOSUCHCMD', with args beginning with: 'x' \r\n"));
            } else if (kind < 99) {
                blob.writeBytes(RawClient.command("GET"));
                expected.writeBytes(b("-ERR wrong number of arguments for 'get' command\r\n"));
            } else {
                String key = "fz:" + thread;
                String v = Long.toString(r.nextLong());
                blob.writeBytes(RawClient.command("SET", key, v));
                blob.writeBytes(RawClient.command("GET", key));
                expected.writeBytes(b("+OK\r\n$" + v.length() + "\r\n" + v + "\r\n"));
            }
        }
        int tail = auth ? r.nextInt(4) : 0;
        String violation = null;
        switch (tail) {
            case 1 -> {
                String[] v = VIOLATIONS[r.nextInt(VIOLATIONS.length)];
                blob.writeBytes(b(v[0]));
                violation = "-ERR Protocol error: " + v[1] + "\r\n";
                inputs++;
            }
            case 2 -> { // a valid frame cut short: the server must wait, not answer
                byte[] frame = RawClient.command("SET", "cut", "x".repeat(r.nextInt(100)));
                blob.write(frame, 0, 1 + r.nextInt(frame.length - 2));
                inputs++;
            }
            case 3 -> { // random bytes: anything may come back, but no leak and no crash
                byte[] noise = new byte[1 + r.nextInt(2000)];
                r.nextBytes(noise);
                if (r.nextBoolean()) {
                    noise[0] = (byte) "*$+-:_,#!=%~>".charAt(r.nextInt(13));
                }
                blob.writeBytes(noise);
                inputs += 1 + noise.length / 100;
            }
            default -> {
            }
        }
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] all = blob.toByteArray();
            Thread writer = new Thread(() -> {
                try {
                    Random chunks = new Random(all.length);
                    int off = 0;
                    while (off < all.length) {
                        int len = Math.min(all.length - off, 1 + chunks.nextInt(chunks.nextBoolean() ? 7 : 8192));
                        out.write(all, off, len);
                        out.flush();
                        off += len;
                    }
                } catch (IOException ignored) {
                    // the server may close first after a violation
                }
            });
            writer.start();
            byte[] want = expected.toByteArray();
            ByteArrayOutputStream gotBuf = new ByteArrayOutputStream();
            try {
                byte[] buf = new byte[65536];
                while (gotBuf.size() < want.length) {
                    int k = in.read(buf, 0, Math.min(buf.length, want.length - gotBuf.size()));
                    if (k < 0) {
                        break;
                    }
                    gotBuf.write(buf, 0, k);
                }
            } catch (SocketTimeoutException e) {
                java.nio.file.Path dump = java.nio.file.Path.of("target", "fuzz-timeout-" + System.nanoTime() + ".bin");
                java.nio.file.Files.write(dump, all);
                byte[] g = gotBuf.toByteArray();
                failures.add("no reply for 20 s on " + thread + " (auth " + auth + ", tail " + tail + ", " + n
                        + " frames): got " + g.length + " of " + want.length + " expected bytes, matching up to "
                        + firstDifference(want, g) + "; input saved in " + dump.toAbsolutePath()
                        + "; expected next: " + printable(want, g.length, 80));
                return inputs;
            }
            byte[] got = gotBuf.toByteArray();
            if (!java.util.Arrays.equals(want, got)) {
                failures.add("replies differ on " + thread + " (auth " + auth + ", " + n + " frames): first difference at byte "
                        + firstDifference(want, got) + " of " + want.length + "; got " + got.length + " bytes");
                return inputs;
            }
            if (violation != null) {
                byte[] err = in.readNBytes(violation.length());
                String text = new String(err, StandardCharsets.ISO_8859_1);
                if (!text.equals(violation)) {
                    failures.add("violation answered " + text + ", expected " + violation);
                }
                if (in.read() != -1) {
                    failures.add("connection not closed after " + violation);
                }
            } else if (tail == 3) {
                s.setSoTimeout(300);
                ByteArrayOutputStream rest = new ByteArrayOutputStream();
                try {
                    byte[] buf = new byte[8192];
                    int k;
                    while ((k = in.read(buf)) != -1) {
                        rest.write(buf, 0, k);
                    }
                } catch (SocketTimeoutException | java.net.SocketException quiet) {
                    // waiting for more bytes, or closed: both fine
                }
                String text = rest.toString(StandardCharsets.ISO_8859_1);
                for (String leak : HostileKeysTest.LEAKS) {
                    if (text.contains(leak)) {
                        failures.add("noise reply leaks " + leak + ": " + text);
                    }
                }
            }
            try {
                writer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return inputs;
    }

    private static String printable(byte[] a, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(a.length, from + len); i++) {
            int c = a[i] & 0xff;
            sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return sb.toString();
    }

    private static int firstDifference(byte[] a, byte[] c) {
        int i = 0;
        while (i < a.length && i < c.length && a[i] == c[i]) {
            i++;
        }
        return i;
    }
}
