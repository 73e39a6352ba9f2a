package org.redisonmysql.server.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.redisonmysql.server.config.ServerConfig;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RespDecoderTest {
    private static final DecoderLimits DEFAULTS = ConnectionSettings.from(ServerConfig.defaults()).decoderLimits();

    // ---- helpers ----

    private static EmbeddedChannel channel(DecoderLimits limits, boolean authenticated) {
        return new EmbeddedChannel(new RespDecoder(limits, () -> authenticated));
    }

    private static EmbeddedChannel channel() {
        return channel(DEFAULTS, true);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** RESP array of bulk strings. */
    private static byte[] resp(byte[]... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b("*" + args.length + "\r\n"));
        for (byte[] a : args) {
            out.writeBytes(b("$" + a.length + "\r\n"));
            out.writeBytes(a);
            out.writeBytes(b("\r\n"));
        }
        return out.toByteArray();
    }

    private static byte[] resp(String... args) {
        byte[][] bytes = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            bytes[i] = b(args[i]);
        }
        return resp(bytes);
    }

    /** Writes each chunk separately and collects everything decoded, in order. */
    private static List<Object> feed(EmbeddedChannel ch, byte[]... chunks) {
        for (byte[] c : chunks) {
            ch.writeInbound(Unpooled.wrappedBuffer(c));
        }
        List<Object> out = new ArrayList<>();
        for (Object o; (o = ch.readInbound()) != null; ) {
            out.add(o);
        }
        return out;
    }

    /** Commands as lists of Latin-1 strings, protocol errors as "PROTOCOL:message". */
    private static List<Object> norm(List<Object> decoded) {
        List<Object> out = new ArrayList<>();
        for (Object o : decoded) {
            if (o instanceof byte[][] cmd) {
                List<String> args = new ArrayList<>();
                for (byte[] a : cmd) {
                    args.add(new String(a, StandardCharsets.ISO_8859_1));
                }
                out.add(args);
            } else if (o instanceof ProtocolError e) {
                out.add("PROTOCOL:" + e.message());
            } else {
                out.add("UNEXPECTED:" + o);
            }
        }
        return out;
    }

    private static List<Object> decodeAll(byte[] input) {
        return norm(feed(channel(), input));
    }

    private static List<Object> decodeSplitEverywhere(byte[] input, List<Object> expected) {
        for (int split = 0; split <= input.length; split++) {
            List<Object> got = norm(feed(channel(), Arrays.copyOfRange(input, 0, split),
                    Arrays.copyOfRange(input, split, input.length)));
            assertThat(got).as("split at %d", split).isEqualTo(expected);
        }
        EmbeddedChannel ch = channel();
        List<Object> got = new ArrayList<>();
        for (byte x : input) {
            got.addAll(norm(feed(ch, new byte[] {x})));
        }
        assertThat(got).as("byte by byte").isEqualTo(expected);
        return got;
    }

    private static List<String> cmd(String... args) {
        return List.of(args);
    }

    private static String err(String m) {
        return "PROTOCOL:" + m;
    }

    // ---- framing ----

    @Test
    void respFramesDecodeIdenticallyAtEverySplitPoint() {
        byte[][] frames = {
                resp("SET", "key", "value"),
                resp("PING"),
                resp("GET", ""),
                resp(new byte[] {0, '\r', '\n', (byte) 0xff}, b("x\r\ny")),
                b("PING\r\n"),
                b("SET a \"b c\"\n"),
                concat(b("*0\r\n*-1\r\n\r\n"), resp("ECHO", "hi")),
        };
        for (byte[] frame : frames) {
            List<Object> expected = decodeAll(frame);
            assertThat(expected).hasSize(1).allMatch(o -> o instanceof List);
            decodeSplitEverywhere(frame, expected);
        }
    }

    @Test
    void mixedPipelineSplitEverywhere() {
        byte[] input = concat(resp("SET", "k", "v"), b("PING\r\n"), resp("MGET", "a", "b", "c"), b("\r\n"),
                b("echo 'x y'\r\n"), resp("DEL", "k"));
        List<Object> expected = List.of(cmd("SET", "k", "v"), cmd("PING"), cmd("MGET", "a", "b", "c"),
                cmd("echo", "x y"), cmd("DEL", "k"));
        assertThat(decodeAll(input)).isEqualTo(expected);
        decodeSplitEverywhere(input, expected);
    }

    @Test
    void pipelineOfManyCommandsInOneBuffer() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            all.writeBytes(resp("SET", "key:" + i, "v" + i));
            expected.add(cmd("SET", "key:" + i, "v" + i));
            if (i % 7 == 0) {
                all.writeBytes(b("INCR n" + i + "\r\n"));
                expected.add(cmd("INCR", "n" + i));
            }
        }
        assertThat(decodeAll(all.toByteArray())).isEqualTo(expected);
    }

    @Test
    void binarySafeArguments() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        byte[] weird = {0, '\r', '\n', (byte) 0xff, '$', '*', '\r'};
        List<Object> got = feed(channel(), resp(b("SET"), all, weird, new byte[0]));
        assertThat(got).hasSize(1);
        byte[][] c = (byte[][]) got.get(0);
        assertThat(c).hasNumberOfRows(4);
        assertThat(c[1]).isEqualTo(all);
        assertThat(c[2]).isEqualTo(weird);
        assertThat(c[3]).isEmpty();
    }

    @Test
    void largeBulkArrivingInPieces() {
        byte[] big = new byte[200_000];
        new Random(1).nextBytes(big);
        byte[] frame = resp(b("SET"), b("k"), big);
        EmbeddedChannel ch = channel();
        List<Object> got = new ArrayList<>();
        for (int off = 0; off < frame.length; off += 1000) {
            got.addAll(feed(ch, Arrays.copyOfRange(frame, off, Math.min(frame.length, off + 1000))));
        }
        assertThat(got).hasSize(1);
        assertThat(((byte[][]) got.get(0))[2]).isEqualTo(big);
    }

    @Test
    void twoBytesAfterPayloadAreSkippedUnchecked() {
        // Redis skips the two bytes after a bulk payload without looking at them.
        byte[] input = b("*2\r\n$4\r\nECHO\r\n$1\r\naXY*1\r\n$4\r\nPING\r\n");
        List<Object> expected = List.of(cmd("ECHO", "a"), cmd("PING"));
        assertThat(decodeAll(input)).isEqualTo(expected);
        decodeSplitEverywhere(input, expected);
    }

    @Test
    void emptyCommandsAreIgnored() {
        assertThat(decodeAll(b("*0\r\n*-1\r\n*-5\r\n\r\n\n   \r\nPING\r\n"))).isEqualTo(List.of(cmd("PING")));
    }

    @Test
    void manyArgumentsGrowTheArgumentArray() {
        String[] args = new String[3000];
        for (int i = 0; i < args.length; i++) {
            args[i] = "a" + i;
        }
        List<Object> got = decodeAll(resp(args));
        assertThat(got).isEqualTo(List.of(List.of(args)));
    }

    // ---- inline ----

    @Test
    void inlineQuotingAndEscapes() {
        assertThat(decodeAll(b("SET \"a b\" 'c d'\r\n"))).isEqualTo(List.of(cmd("SET", "a b", "c d")));
        assertThat(decodeAll(b("ECHO \"\\x41\\x4a\\x4B\"\r\n"))).isEqualTo(List.of(cmd("ECHO", "AJK")));
        assertThat(decodeAll(b("ECHO \"a\\nb\\r\\t\\b\\a\\\\\\\"z\"\r\n")))
                .isEqualTo(List.of(cmd("ECHO", "a\nb\r\t\b\u0007\\\"z")));
        assertThat(decodeAll(b("ECHO 'it\\'s'\r\n"))).isEqualTo(List.of(cmd("ECHO", "it's")));
        // in single quotes only \' is an escape
        assertThat(decodeAll(b("ECHO 'a\\nb'\r\n"))).isEqualTo(List.of(cmd("ECHO", "a\\nb")));
        // \x with non-hex digits is just x
        assertThat(decodeAll(b("ECHO \"\\xZZ\"\r\n"))).isEqualTo(List.of(cmd("ECHO", "xZZ")));
        assertThat(decodeAll(b("  GET   k  \n"))).isEqualTo(List.of(cmd("GET", "k")));
        assertThat(decodeAll(b("ECHO \"\"\r\n"))).isEqualTo(List.of(cmd("ECHO", "")));
        assertThat(decodeAll(b("a\"b c\"\r\n"))).isEqualTo(List.of(cmd("ab c")));
        // quote directly followed by the end of line
        assertThat(decodeAll(b("ECHO \"x\"\n"))).isEqualTo(List.of(cmd("ECHO", "x")));
        // a lone CR splits like a space; only the CR before the LF is stripped
        assertThat(decodeAll(b("ping\rping\r\n"))).isEqualTo(List.of(cmd("ping", "ping")));
    }

    @Test
    void inlineVerticalTabAndFormFeedStayInsideUnquotedArgument() {
        // checked against redis-server 7.0.15: "echo a\x0bb" echoes "a\x0bb"
        assertThat(decodeAll(b("echo a\u000bb\r\n"))).isEqualTo(List.of(cmd("echo", "a\u000bb")));
        assertThat(decodeAll(b("echo a\u000cb\r\n"))).isEqualTo(List.of(cmd("echo", "a\u000cb")));
        // but they are skipped as leading blanks
        assertThat(decodeAll(b("\u000b\u000cecho x\r\n"))).isEqualTo(List.of(cmd("echo", "x")));
    }

    @Test
    void unbalancedQuotes() {
        for (String line : List.of("SET \"a b\r\n", "SET 'a b\r\n", "ECHO \"a\"b\r\n", "ECHO 'a'b\r\n", "ECHO \"a\\\"\r\n")) {
            assertThat(decodeAll(concat(b(line), resp("PING"))))
                    .as(line).isEqualTo(List.of(err("unbalanced quotes in request")));
        }
    }

    // ---- limits and errors ----

    private static void assertError(EmbeddedChannel ch, byte[] input, String message) {
        List<Object> got = norm(feed(ch, input, resp("PING"), b("PING\r\n")));
        assertThat(got).as(new String(input, 0, Math.min(60, input.length), StandardCharsets.ISO_8859_1))
                .isEqualTo(List.of(err(message)));
        // nothing after the error is ever decoded
        assertThat(feed(ch, resp("PING"), b("PING\r\n"))).isEmpty();
    }

    private static void assertError(byte[] input, String message) {
        assertError(channel(), input, message);
    }

    @Test
    void commandsBeforeAnErrorAreDeliveredThenNothingElse() {
        List<Object> got = norm(feed(channel(), concat(resp("PING"), b("*1\r\nx\r\n"), resp("PING"))));
        assertThat(got).isEqualTo(List.of(cmd("PING"), err("expected '$', got 'x'")));
    }

    @Test
    void malformedHeaders() {
        assertError(b("*x\r\n"), "invalid multibulk length");
        assertError(b("*\r\n"), "invalid multibulk length");
        assertError(b("*+1\r\n"), "invalid multibulk length");
        assertError(b("*1 \r\n"), "invalid multibulk length");
        assertError(b("*2147483648\r\n"), "invalid multibulk length");
        assertError(b("*99999999999999999999999\r\n"), "invalid multibulk length");
        assertError(b("*2\r\nx\r\n"), "expected '$', got 'x'");
        assertError(b("*2\r\n:1\r\n"), "expected '$', got ':'");
        assertError(b("*2\r\n*1\r\n"), "expected '$', got '*'");
        assertError(b("*2\r\n$-1\r\n"), "invalid bulk length");
        assertError(b("*2\r\n$x\r\n"), "invalid bulk length");
        assertError(b("*2\r\n$\r\n"), "invalid bulk length");
        assertThat(decodeAll(b("*1\r\n$3\r\nabc\r\n*1\r\n$99999999999\r\n*1\r\n$1\r\na\r\n")))
                .isEqualTo(List.of(cmd("abc"), err("invalid bulk length")));
    }

    @Test
    void errorCharacterIsLatin1() {
        assertError(b("*1\r\n\u00ff\r\n"), "expected '$', got '\u00ff'");
    }

    @Test
    void crOrLfWhereADollarBelongsIsShownAsASpace() {
        // checked against redis-server 7.0.15: it turns CR and LF in an error into spaces; before,
        // this server put the raw CR/LF inside its error line, which broke the reply's framing
        assertError(b("*1\r\n\r\n"), "expected '$', got ' '");
        assertError(b("*1\r\n\n\r\n"), "expected '$', got ' '");
        assertError(b("*2\r\n$1\r\na\r\n\n\rx"), "expected '$', got ' '");
    }

    @Test
    void argumentHeaderLineIsAwaitedBeforeItsFirstByteIsChecked() {
        // checked against redis-server 7.0.15: "*1\r\nfoo" gets no answer until a CR and one more
        // byte arrive, and 64 KB without a CR is "too big bulk count string" whatever the first byte
        EmbeddedChannel ch = channel();
        assertThat(feed(ch, b("*1\r\nfoo"))).isEmpty();
        assertThat(feed(ch, b("\r"))).isEmpty();
        assertThat(norm(feed(ch, b("x")))).isEqualTo(List.of(err("expected '$', got 'f'")));
        byte[] noCr = new byte[DecoderLimits.INLINE_MAX + 1];
        Arrays.fill(noCr, (byte) 'o');
        assertError(concat(b("*1\r\nf"), noCr), "too big bulk count string");
        assertError(concat(b("*2\r\n$1\r\na\r\nx"), noCr), "too big bulk count string");
    }

    @Test
    void aFrameWaitingForAPipelinedAuthStopsReadingUntilItIsDecoded() {
        // Before, reading went on while the frame waited, so everything a client sent while its
        // AUTH ran (up to the pool's connect timeout) piled up in the decoder.
        boolean[] auth = {false};
        boolean[] inFlight = {true};
        RespDecoder decoder = new RespDecoder(DEFAULTS, () -> auth[0], () -> inFlight[0]);
        EmbeddedChannel ch = new EmbeddedChannel(decoder);
        String[] eleven = new String[11];
        Arrays.fill(eleven, "v");
        byte[] big = resp(eleven);
        assertThat(feed(ch, Arrays.copyOf(big, 10))).isEmpty();
        assertThat(decoder.waitingForAuth()).isTrue();
        assertThat(ch.config().isAutoRead()).as("reading paused while the frame waits").isFalse();
        assertThat(feed(ch, Arrays.copyOfRange(big, 10, big.length))).isEmpty();
        assertThat(ch.config().isAutoRead()).isFalse();

        // the AUTH succeeded and was answered: the connection triggers a decode
        auth[0] = true;
        inFlight[0] = false;
        assertThat(norm(feed(ch, new byte[0]))).isEqualTo(List.of(List.of(eleven)));
        assertThat(decoder.waitingForAuth()).isFalse();
        assertThat(ch.config().isAutoRead()).as("reading resumed").isTrue();

        // a failed AUTH: the waiting frame is refused once the AUTH is answered
        boolean[] busy = {true};
        RespDecoder refusing = new RespDecoder(DEFAULTS, () -> false, () -> busy[0]);
        EmbeddedChannel other = new EmbeddedChannel(refusing);
        assertThat(feed(other, big)).isEmpty();
        assertThat(other.config().isAutoRead()).isFalse();
        busy[0] = false;
        assertThat(norm(feed(other, new byte[0]))).isEqualTo(List.of(err("unauthenticated multibulk length")));
    }

    @Test
    void maxBulkLen() {
        DecoderLimits limits = new DecoderLimits(1 << 30, 5, 100);
        assertThat(norm(feed(channel(limits, true), resp("GET", "12345")))).isEqualTo(List.of(cmd("GET", "12345")));
        assertError(channel(limits, true), b("*2\r\n$3\r\nGET\r\n$6\r\n"), "invalid bulk length");
    }

    @Test
    void maxArrayLen() {
        DecoderLimits limits = new DecoderLimits(1 << 30, 100, 3);
        assertThat(norm(feed(channel(limits, true), resp("A", "B", "C")))).isEqualTo(List.of(cmd("A", "B", "C")));
        assertError(channel(limits, true), b("*4\r\n"), "invalid multibulk length");
    }

    @Test
    void maxFrameSize() {
        DecoderLimits limits = new DecoderLimits(37, 1000, 100);
        byte[] fits = resp("SET", "k", "0123456789"); // 4 + 9 + 7 + 17 = 37 bytes
        assertThat(fits).hasSize(37);
        assertThat(norm(feed(channel(limits, true), fits))).isEqualTo(List.of(cmd("SET", "k", "0123456789")));
        assertError(channel(limits, true), resp("SET", "k", "01234567890"),
                "request exceeds the configured max_frame_size");
        // the limit is per request, not per connection
        EmbeddedChannel ch = channel(limits, true);
        assertThat(norm(feed(ch, fits, fits, fits))).hasSize(3);
    }

    @Test
    void unauthenticatedLimits() {
        String[] ten = new String[10];
        Arrays.fill(ten, "x");
        assertThat(norm(feed(channel(DEFAULTS, false), resp(ten)))).isEqualTo(List.of(List.of(ten)));
        assertError(channel(DEFAULTS, false), b("*11\r\n"), "unauthenticated multibulk length");
        byte[] max = new byte[16384];
        assertThat(feed(channel(DEFAULTS, false), resp(b("SET"), b("k"), max))).hasSize(1);
        assertError(channel(DEFAULTS, false), b("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$16385\r\n"), "unauthenticated bulk length");
        // authenticated clients are not limited
        assertThat(feed(channel(DEFAULTS, true), resp(b("SET"), b("k"), new byte[16385]))).hasSize(1);
        String[] eleven = new String[11];
        Arrays.fill(eleven, "y");
        assertThat(feed(channel(DEFAULTS, true), resp(eleven))).hasSize(1);
    }

    @Test
    void authenticationIsCheckedPerRequest() {
        boolean[] auth = {false};
        EmbeddedChannel ch = new EmbeddedChannel(new RespDecoder(DEFAULTS, () -> auth[0]));
        assertThat(feed(ch, resp("AUTH", "secret"))).hasSize(1);
        auth[0] = true;
        String[] many = new String[20];
        Arrays.fill(many, "z");
        assertThat(norm(feed(ch, resp(many)))).isEqualTo(List.of(List.of(many)));
    }

    @Test
    void inlineAndHeaderLineLimits() {
        byte[] x = new byte[DecoderLimits.INLINE_MAX + 1];
        Arrays.fill(x, (byte) 'x');
        assertError(x, "too big inline request");
        byte[] ones = new byte[DecoderLimits.INLINE_MAX + 1];
        Arrays.fill(ones, (byte) '1');
        assertError(concat(b("*"), ones), "too big mbulk count string");
        assertError(concat(b("*1\r\n$"), ones), "too big bulk count string");
        // exactly 64 KB without a newline still waits
        byte[] exact = new byte[DecoderLimits.INLINE_MAX];
        Arrays.fill(exact, (byte) 'x');
        EmbeddedChannel ch = channel();
        assertThat(feed(ch, exact)).isEmpty();
        assertThat(norm(feed(ch, b("\n")))).hasSize(1);
        // the limit applies to data arriving in many small reads too
        EmbeddedChannel slow = channel();
        List<Object> got = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            byte[] k = new byte[1024];
            Arrays.fill(k, (byte) 'y');
            got.addAll(norm(feed(slow, k)));
        }
        assertThat(got).isEqualTo(List.of(err("too big inline request")));
    }

    @Test
    void hugeDeclaredArrayLengthAllocatesOnlyTheInitialSlots() throws Exception {
        DecoderLimits limits = new DecoderLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        RespDecoder decoder = new RespDecoder(limits, () -> true);
        EmbeddedChannel ch = new EmbeddedChannel(decoder);
        assertThatCode(() -> feed(ch, b("*2147483647\r\n$1\r\na\r\n$1\r\nb\r\n"))).doesNotThrowAnyException();
        assertThat(feed(ch, b("$1\r\nc\r\n"))).isEmpty(); // still waiting for the 2147483647 arguments
        Field f = RespDecoder.class.getDeclaredField("args");
        f.setAccessible(true);
        byte[][] args = (byte[][]) f.get(decoder);
        assertThat(args.length).isEqualTo(DecoderLimits.INITIAL_ARGS);
        assertThat(decoder.partialSince()).isNotZero();

        // the same with the default limits is rejected before any allocation
        assertError(b("*2147483647\r\n"), "invalid multibulk length");
    }

    @Test
    void partialSinceTracksAnUnfinishedRequest() {
        RespDecoder decoder = new RespDecoder(DEFAULTS, () -> true);
        EmbeddedChannel ch = new EmbeddedChannel(decoder);
        assertThat(decoder.partialSince()).isZero();
        feed(ch, b("*1\r\n$4\r\nPI"));
        assertThat(decoder.partialSince()).isNotZero();
        assertThat(feed(ch, b("NG\r\n"))).hasSize(1);
        assertThat(decoder.partialSince()).isZero();
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(42);
        DecoderLimits small = new DecoderLimits(100_000, 50_000, 1000);
        byte[] alphabet = b("*$\r\n0123456789-+ \"'\\xabcPING");
        for (int round = 0; round < 3000; round++) {
            boolean auth = random.nextBoolean();
            EmbeddedChannel ch = channel(small, auth);
            int chunks = 1 + random.nextInt(5);
            for (int c = 0; c < chunks; c++) {
                byte[] data = new byte[random.nextInt(200)];
                if (random.nextBoolean()) {
                    random.nextBytes(data);
                } else {
                    for (int i = 0; i < data.length; i++) {
                        data[i] = alphabet[random.nextInt(alphabet.length)];
                    }
                }
                List<Object> got = new ArrayList<>();
                assertThatCode(() -> got.addAll(feed(ch, data))).doesNotThrowAnyException();
                assertThat(got).allMatch(o -> o instanceof byte[][] || o instanceof ProtocolError);
                long errors = got.stream().filter(o -> o instanceof ProtocolError).count();
                assertThat(errors).isLessThanOrEqualTo(1);
                if (errors == 1) {
                    assertThat(got.get(got.size() - 1)).isInstanceOf(ProtocolError.class);
                }
            }
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void garbageMutationsOfValidFramesNeverThrow() {
        Random random = new Random(7);
        byte[] base = concat(resp("SET", "key", "value"), b("PING \"a\\x41\" 'b'\r\n"), resp("MGET", "a", "b"));
        for (int round = 0; round < 3000; round++) {
            byte[] data = base.clone();
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            int split = random.nextInt(data.length + 1);
            EmbeddedChannel ch = channel(new DecoderLimits(1 << 20, 1 << 16, 1000), random.nextBoolean());
            assertThatCode(() -> {
                List<Object> got = feed(ch, Arrays.copyOfRange(data, 0, split), Arrays.copyOfRange(data, split, data.length));
                assertThat(got).allMatch(o -> o instanceof byte[][] || o instanceof ProtocolError);
            }).doesNotThrowAnyException();
        }
    }
}
