package org.redisonmysql.server.net;

import com.google.inject.Guice;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.dispatch.CommandStats;
import org.redisonmysql.server.dispatch.CommandTable;
import org.redisonmysql.server.dispatch.Dispatcher;
import org.redisonmysql.server.dispatch.RetryPolicy;
import org.redisonmysql.server.net.RespFrameGenerator.Frame;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RESP decoder, in process, under millions of seeded inputs (each run makes the same ones):
 * valid RESP and inline frames must decode to exactly what was encoded, whatever the points at
 * which the stream is split into reads; a truncated frame yields nothing; each protocol violation
 * (malformed headers, every configured and unauthenticated limit, over-long lines, unbalanced
 * quotes) yields exactly Redis's error, after which nothing more is decoded and nothing is held;
 * random noise never throws. Memory: the bytes the decoder holds stay bounded by the limits and
 * the read size, never by the stream's length or by lengths a client only announces. The socket
 * level (other clients keep being served) is RespFuzzTest in integration-tests.
 */
class RespDecoderFuzzTest {
    private static final long SEED = 0x0dec_0de5_f022L;
    /** Small limits so that every limit is crossed often and cheaply. */
    private static final DecoderLimits LIMITS = new DecoderLimits(50_000, 20_000, 64);
    private static final int SESSIONS = 100_000;
    private static final long MIN_INPUTS = 2_000_000;
    private static final int LONGEST_OVERLONG_LINE = DecoderLimits.INLINE_MAX + 5_000;

    @Test
    void millionsOfSeededInputsDecodeExactlyOrFailLikeRedis() {
        AtomicLong inputs = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        // -Dfuzz.session=N replays the one session a failure names
        String only = System.getProperty("fuzz.session");
        IntStream sessions = only != null ? IntStream.of(Integer.parseInt(only)) : IntStream.range(0, SESSIONS).parallel();
        sessions.forEach(i -> {
            if (failures.size() < 5) {
                Session s = new Session(i);
                try {
                    s.run();
                } catch (Throwable t) {
                    s.fail("threw " + t);
                }
                inputs.addAndGet(s.inputs);
                bytes.addAndGet(s.fed);
                errors.addAndGet(s.errorsSeen);
                if (s.failure != null) {
                    failures.add(s.failure);
                }
            }
        });
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("RespDecoderFuzzTest: %d inputs (%d protocol errors, %d MB) in %d sessions, %d ms%n",
                inputs.get(), errors.get(), bytes.get() >> 20, SESSIONS, ms);
        assertThat(failures).as("failures (seed %x; -Dfuzz.session=N replays session N)", SEED).isEmpty();
        if (only == null) {
            assertThat(inputs.get()).isGreaterThanOrEqualTo(MIN_INPUTS);
            assertThat(errors.get()).as("protocol errors checked").isGreaterThan(SESSIONS / 3);
        }
    }

    /** One client connection: valid frames, then a tail (nothing, a cut frame, a violation, noise). */
    private static final class Session {
        private final int index;
        private final SplittableRandom r;
        private final boolean authenticated;
        private final RespFrameGenerator gen;
        private final UnpooledByteBufAllocator alloc = new UnpooledByteBufAllocator(false);
        private final RespDecoder decoder;
        private final EmbeddedChannel ch;
        private final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        /** What must come out, in order: byte[][] commands and String protocol errors. */
        private final List<Object> expected = new ArrayList<>();
        /** Stream offsets where a read must end (after an over-long line: see the generator). */
        private final List<Integer> cuts = new ArrayList<>();
        private int errorAt = -1;
        private String tail = "none";
        private boolean truncated;
        private boolean noise;
        private boolean noiseFailed;
        long inputs;
        long fed;
        long errorsSeen;
        String failure;

        Session(int index) {
            this.index = index;
            this.r = new SplittableRandom(SEED + index * 0x9E3779B97F4A7C15L);
            this.authenticated = r.nextInt(8) != 0;
            this.gen = new RespFrameGenerator(r, LIMITS, authenticated);
            this.decoder = new RespDecoder(LIMITS, () -> authenticated);
            this.ch = new EmbeddedChannel();
            ch.config().setAllocator(alloc);
            ch.pipeline().addLast(decoder);
        }

        void run() {
            int frames = r.nextInt(100) == 0 ? 300 + r.nextInt(1500) : 1 + r.nextInt(20);
            for (int i = 0; i < frames; i++) {
                add(gen.valid());
            }
            int t = r.nextInt(100);
            if (t < 15) {
                tail = "truncated";
                truncated = true;
                Frame f;
                do {
                    f = gen.valid();
                } while (f.bytes().length < 2);
                stream.write(f.bytes(), 0, 1 + r.nextInt(f.bytes().length - 1));
                inputs++;
            } else if (t < 75) {
                Frame v = gen.violation();
                tail = "violation: " + v.error();
                add(v);
                // later frames must never be decoded
                int after = 1 + r.nextInt(4);
                for (int i = 0; i < after; i++) {
                    stream.writeBytes(gen.valid().bytes());
                    inputs++;
                }
            } else if (t < 90) {
                tail = "noise";
                noise = true;
                stream.writeBytes(gen.garbage());
                inputs++;
            }
            feedAndCheck();
            ch.finishAndReleaseAll();
        }

        private void add(Frame f) {
            stream.writeBytes(f.bytes());
            inputs++;
            if (f.command() != null) {
                expected.add(f.command());
            } else if (f.error() != null) {
                errorAt = expected.size();
                expected.add(f.error());
            }
            if (f.needsCutAfter()) {
                cuts.add(stream.size());
            }
        }

        private void feedAndCheck() {
            byte[] all = stream.toByteArray();
            int mode = r.nextInt(10);
            // tiny reads (down to byte by byte) for short streams; every frame is still split somewhere
            int maxChunk = mode == 0 ? Integer.MAX_VALUE : mode == 1 && all.length < 3000 ? 1 + r.nextInt(8)
                    : r.nextBoolean() ? 64 : 4096;
            int largestChunk = 0;
            int next = 0;
            long emittedBytes = 0;
            int off = 0;
            while (off < all.length) {
                int len = maxChunk == Integer.MAX_VALUE ? all.length - off : 1 + r.nextInt(maxChunk);
                len = Math.min(len, all.length - off);
                for (int cut : cuts) {
                    if (cut > off && cut < off + len) {
                        len = cut - off;
                    }
                }
                largestChunk = Math.max(largestChunk, len);
                ByteBuf buf = alloc.heapBuffer(len);
                buf.writeBytes(all, off, len);
                ch.writeInbound(buf);
                off += len;
                fed += len;
                for (Object o; (o = ch.readInbound()) != null; ) {
                    if (next >= expected.size()) {
                        // noise may decode to anything, and to at most one error, after which nothing
                        if (noise && !noiseFailed && o instanceof byte[][] cmd) {
                            emittedBytes += size(cmd);
                            continue;
                        }
                        if (noise && !noiseFailed && o instanceof ProtocolError e && knownError(e.message())) {
                            errorsSeen++;
                            noiseFailed = true;
                            continue;
                        }
                        fail("unexpected output #" + next + ": " + describe(o));
                        return;
                    }
                    Object want = expected.get(next);
                    if (want instanceof byte[][] cmd) {
                        if (!(o instanceof byte[][] got) || !Arrays.deepEquals(cmd, got)) {
                            fail("output #" + next + " is " + describe(o) + ", expected " + describe(cmd));
                            return;
                        }
                        emittedBytes += size(got);
                    } else {
                        if (!(o instanceof ProtocolError e) || !e.message().equals(want)
                                || !e.fullMessage().equals("ERR Protocol error: " + want)) {
                            fail("output #" + next + " is " + describe(o) + ", expected the error " + want);
                            return;
                        }
                        errorsSeen++;
                    }
                    next++;
                }
                // Held: the decoder's accumulated input, bounded by a header/inline line and the reads.
                long held = alloc.metric().usedHeapMemory();
                long bound = 4L * LONGEST_OVERLONG_LINE + 34L * largestChunk;
                if (held > bound) {
                    fail("decoder holds " + held + " bytes after " + fed + " (bound " + bound + ")");
                    return;
                }
                if ((errorAt >= 0 && next > errorAt || noiseFailed) && held != 0) {
                    fail("decoder holds " + held + " bytes after its protocol error");
                    return;
                }
                if (emittedBytes > fed) {
                    fail("decoded " + emittedBytes + " argument bytes out of " + fed + " received");
                    return;
                }
            }
            if (next < expected.size()) {
                fail("only " + next + " of " + expected.size() + " outputs; next expected " + describe(expected.get(next)));
                return;
            }
            if (truncated && decoder.partialSince() == 0) {
                fail("a truncated frame left no partial request (" + ch.inboundMessages().size() + " left, mode " + mode + ", off " + off + ")");
            }
        }

        private static boolean knownError(String message) {
            return message.startsWith("expected '$', got '") && message.length() == 21 && message.charAt(19) != '\r'
                    && message.charAt(19) != '\n'
                    || List.of("invalid multibulk length", "invalid bulk length", "unauthenticated multibulk length",
                    "unauthenticated bulk length", "request exceeds the configured max_frame_size",
                    "too big mbulk count string", "too big bulk count string", "too big inline request",
                    "unbalanced quotes in request").contains(message);
        }

        private static long size(byte[][] cmd) {
            long n = 0;
            for (byte[] a : cmd) {
                n += a.length;
            }
            return n;
        }

        void fail(String why) {
            if (failure == null) {
                byte[] all = stream.toByteArray();
                failure = "session " + index + " (authenticated " + authenticated + ", tail " + tail + ", "
                        + all.length + " bytes): " + why + "; input starts " + printable(all, 300);
            }
        }
    }

    // ---- announced lengths ----

    /**
     * Headers that announce the largest lengths the default limits allow, followed by only some of
     * the bytes: what the decoder holds grows with the bytes that arrived, not with the lengths.
     */
    @Test
    void announcedLengthsNeverReserveMemory() throws Exception {
        DecoderLimits defaults = ConnectionSettings.from(ServerConfig.defaults()).decoderLimits();
        Field argsField = RespDecoder.class.getDeclaredField("args");
        Field bulkField = RespDecoder.class.getDeclaredField("bulk");
        argsField.setAccessible(true);
        bulkField.setAccessible(true);
        SplittableRandom r = new SplittableRandom(SEED ^ 0xa11c);
        long worst = 0;
        for (int i = 0; i < 1_500; i++) {
            UnpooledByteBufAllocator alloc = new UnpooledByteBufAllocator(false);
            RespDecoder decoder = new RespDecoder(defaults, () -> true);
            EmbeddedChannel ch = new EmbeddedChannel();
            ch.config().setAllocator(alloc);
            ch.pipeline().addLast(decoder);
            long count = 1 + r.nextLong(defaults.maxArrayLen());
            long len = r.nextLong(defaults.maxBulkLen() + 1L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(RespFrameGenerator.latin1("*" + count + "\r\n"));
            int complete = (int) Math.min(count - 1, r.nextInt(3000));
            for (int k = 0; k < complete; k++) {
                out.writeBytes(RespFrameGenerator.latin1("$1\r\nx\r\n"));
            }
            out.writeBytes(RespFrameGenerator.latin1("$" + len + "\r\n"));
            byte[] head = out.toByteArray();
            int payload = (int) Math.min(Math.max(0, len - 1), r.nextInt(r.nextBoolean() ? 1000 : 1_500_000));
            long fed = head.length + (long) payload;
            ch.writeInbound(alloc.heapBuffer(head.length).writeBytes(head));
            byte[] chunk = new byte[65536];
            for (int sent = 0; sent < payload; sent += chunk.length) {
                int n = Math.min(chunk.length, payload - sent);
                ch.writeInbound(alloc.heapBuffer(n).writeBytes(chunk, 0, n));
            }
            assertThat((Object) ch.readInbound()).as("case %d: nothing is complete", i).isNull();
            byte[][] args = (byte[][]) argsField.get(decoder);
            byte[] bulk = (byte[]) bulkField.get(decoder);
            long held = alloc.metric().usedHeapMemory() + (args == null ? 0 : 8L * args.length)
                    + (bulk == null ? 0 : bulk.length);
            // the first allocations (1024 argument slots, a 256 KB argument buffer) are fixed;
            // beyond them everything is at most twice what arrived
            long bound = 8L * DecoderLimits.INITIAL_ARGS + 256 * 1024 + 2 * fed + 65536;
            assertThat(held).as("case %d: *%d with $%d after %d bytes", i, count, len, fed).isLessThanOrEqualTo(bound);
            worst = Math.max(worst, held - 2 * fed);
            ch.finishAndReleaseAll();
        }
        System.out.println("RespDecoderFuzzTest: most held beyond twice the received bytes: " + worst);
    }

    // ---- through the connection ----

    /**
     * The decoder's errors reach the client as Redis words them, and the connection closes: the
     * real ClientConnection after the decoder, with an empty command table.
     */
    @Test
    void protocolErrorsAreAnsweredLikeRedisAndCloseTheConnection() {
        Dispatcher dispatcher = new Dispatcher(CommandTable.build(Set.of(), Guice.createInjector()),
                new RetryPolicy(3, 1, 16, 0), new RetryPolicy(64, 1, 16, 2000), new CommandStats());
        ConnectionSettings settings = ConnectionSettings.from(ServerConfig.defaults());
        ConnectionRegistry registry = new ConnectionRegistry();
        SplittableRandom r = new SplittableRandom(SEED ^ 0xc105e);
        RespFrameGenerator gen = new RespFrameGenerator(r, LIMITS, false);
        for (int i = 0; i < 2_000; i++) {
            Frame v = gen.violation();
            EmbeddedChannel ch = new EmbeddedChannel();
            ClientConnection connection = new ClientConnection(registry.nextId(), ch, dispatcher, Runnable::run, settings, registry);
            RespDecoder decoder = new RespDecoder(LIMITS, connection::authenticated, connection::hasUnansweredCommands);
            connection.setDecoder(decoder);
            ch.pipeline().addLast(decoder, connection);
            byte[] after = gen.valid().bytes();
            ch.writeInbound(ch.alloc().buffer().writeBytes(v.bytes()));
            ch.runPendingTasks();
            if (ch.isOpen()) {
                ch.writeInbound(ch.alloc().buffer().writeBytes(after));
                ch.runPendingTasks();
            }
            ByteArrayOutputStream replies = new ByteArrayOutputStream();
            for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
                byte[] copy = new byte[b.readableBytes()];
                b.readBytes(copy);
                b.release();
                replies.writeBytes(copy);
            }
            assertThat(replies.toString(StandardCharsets.ISO_8859_1)).as("reply to case %d: %s", i, printable(v.bytes(), 80))
                    .isEqualTo("-ERR Protocol error: " + v.error() + "\r\n");
            assertThat(ch.isOpen()).as("connection open after case %d: %s", i, v.error()).isFalse();
            ch.finishAndReleaseAll();
        }
    }

    // ---- helpers ----

    private static String describe(Object o) {
        if (o instanceof byte[][] cmd) {
            List<String> parts = new ArrayList<>();
            for (byte[] a : cmd) {
                parts.add(printable(a, 40));
            }
            return "command " + parts;
        }
        if (o instanceof ProtocolError e) {
            return "protocol error '" + e.message() + "'";
        }
        return String.valueOf(o);
    }

    private static String printable(byte[] a, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(a.length, max); i++) {
            int c = a[i] & 0xff;
            sb.append(c >= 32 && c < 127 && c != '\\' ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return a.length > max ? sb + "..." : sb.toString();
    }
}
