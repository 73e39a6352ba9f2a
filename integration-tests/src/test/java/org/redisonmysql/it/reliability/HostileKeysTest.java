package org.redisonmysql.it.reliability;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestServer;
import org.redisonmysql.it.differential.DifferentialHarness;
import org.redisonmysql.it.differential.RealRedis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile keys and values (quotes, backslashes, NUL, CR/LF, LIKE wildcards, invalid UTF-8, glob
 * characters, empty strings, and 1 MB keys of every type) through every family's main commands, compared byte for
 * byte with real Redis 7; no reply may leak SQL text or a Java exception.
 */
class HostileKeysTest {
    static final List<byte[]> HOSTILE = List.of(
            b(""),
            b("it's \"quoted\" `tick`"),
            b("back\\slash\\\\ and \\' \\\""),
            b("nul\0in\0the\0middle"),
            new byte[] {0},
            b("cr\r\nlf\n\r\r\n"),
            b("100%_like_%"),
            b("%"),
            b("_"),
            new byte[] {(byte) 0xc3, 0x28},
            new byte[] {(byte) 0xff},
            new byte[] {(byte) 0xfe, (byte) 0xff, 0, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80},
            b("'; DROP TABLE kv; --"),
            b("glob*?[a-z]\\*"),
            b("\u00e9\u4e2d\ud83d\ude00"),
            b("   "),
            b("NULL"));

    static final String[] LEAKS = {"SQL", "jooq", "jOOQ", "Exception", "java.", "MariaDB", "mysql"};

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] cat(byte[] a, byte[] c) {
        byte[] r = Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, r, a.length, c.length);
        return r;
    }

    /** KEYS pattern matching exactly this key: glob specials escaped with a backslash. */
    static byte[] literalPattern(byte[] key) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte x : key) {
            if (x == '*' || x == '?' || x == '[' || x == ']' || x == '\\') {
                o.write('\\');
            }
            o.write(x);
        }
        return o.toByteArray();
    }

    static void assertNoLeak(String reply, String what) {
        for (String leak : LEAKS) {
            assertThat(reply).as("reply to %s leaks %s", what, leak).doesNotContain(leak);
        }
    }

    private final List<String> replies = new ArrayList<>();

    private String run(DifferentialHarness h, Object... args) {
        byte[][] bytes = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            bytes[i] = args[i] instanceof byte[] a ? a : b(String.valueOf(args[i]));
        }
        String reply = h.run(bytes);
        assertNoLeak(reply, new String(bytes[0], StandardCharsets.ISO_8859_1));
        return reply;
    }

    private void everyFamily(DifferentialHarness h, byte[] k, byte[] v, byte[] w) {
        byte[] k2 = cat(k, b("\0~copy"));
        // strings and generic key commands
        run(h, "SET", k, v);
        run(h, "GET", k);
        run(h, "APPEND", k, w);
        run(h, "GETRANGE", k, "0", "-1");
        run(h, "GETRANGE", k, "1", "3");
        run(h, "STRLEN", k);
        run(h, "EXISTS", k, k2);
        run(h, "TYPE", k);
        run(h, "KEYS", literalPattern(k));
        run(h, "RENAME", k, k2);
        run(h, "EXISTS", k);
        run(h, "COPY", k2, k);
        run(h, "GET", k);
        run(h, "GET", k2);
        run(h, "MGET", k, k2, v);
        run(h, "DEL", k, k2);
        run(h, "SET", k, "");
        run(h, "GET", k);
        run(h, "DEL", k);
        // hashes
        run(h, "HSET", k, v, w, w, v);
        run(h, "HGET", k, v);
        run(h, "HGET", k, w);
        run(h, "HGETALL", k);
        run(h, "HKEYS", k);
        run(h, "HEXISTS", k, v);
        run(h, "TYPE", k);
        run(h, "KEYS", literalPattern(k));
        run(h, "COPY", k, k2);
        run(h, "HGETALL", k2);
        run(h, "DEL", k, k2);
        // sets
        run(h, "SADD", k, v, w, k);
        run(h, "SMEMBERS", k);
        run(h, "SISMEMBER", k, v);
        run(h, "SISMEMBER", k, w);
        run(h, "SMISMEMBER", k, k, b("absent"));
        run(h, "RENAME", k, k2);
        run(h, "SMEMBERS", k2);
        run(h, "TYPE", k2);
        run(h, "DEL", k2);
        // sorted sets
        run(h, "ZADD", k, "1.5", v, "-2", w, "0", k);
        run(h, "ZSCORE", k, v);
        run(h, "ZSCORE", k, w);
        run(h, "ZRANGE", k, "0", "-1", "WITHSCORES");
        run(h, "ZRANGEBYLEX", k, "-", "+");
        run(h, "ZRANK", k, v);
        run(h, "TYPE", k);
        run(h, "DEL", k);
        // lists
        run(h, "LPUSH", k, v, w, k);
        run(h, "RPUSH", k, v);
        run(h, "LRANGE", k, "0", "-1");
        run(h, "LINDEX", k, "0");
        run(h, "LINDEX", k, "-1");
        run(h, "LPOS", k, v);
        run(h, "COPY", k, k2);
        run(h, "LRANGE", k2, "0", "-1");
        run(h, "DEL", k, k2);
        // hyperloglog
        run(h, "PFADD", k, v, w, k);
        run(h, "PFCOUNT", k);
        run(h, "PFADD", k, v);
        run(h, "DEL", k);
        // bitmaps
        run(h, "SETBIT", k, "7", "1");
        run(h, "SETBIT", k, "17", "1");
        run(h, "GETBIT", k, "7");
        run(h, "GETBIT", k, "8");
        run(h, "GET", k);
        run(h, "BITCOUNT", k);
        run(h, "DEL", k);
        // geo
        run(h, "GEOADD", k, "13.361389", "38.115556", v, "15.087269", "37.502669", w);
        run(h, "GEOPOS", k, v, w, b("absent"));
        run(h, "GEODIST", k, v, w);
        run(h, "ZRANGE", k, "0", "-1");
        run(h, "DEL", k);
        // scripting
        run(h, "EVAL", "return {KEYS[1], ARGV[1], redis.call('SET', KEYS[1], ARGV[1]), redis.call('GET', KEYS[1]),"
                + " redis.call('EXISTS', KEYS[1])}", "1", k, v);
        run(h, "EVAL", "return redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])", "1", k2, w, v);
        run(h, "EVAL", "return redis.call('HGETALL', KEYS[1])", "1", k2);
        run(h, "DEL", k, k2);
        run(h, "EXISTS", k, k2);
    }

    @Test
    void hostileKeysAndValuesRoundTripLikeRedisInEveryFamily() throws Exception {
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                byte[] k = HOSTILE.get(i);
                everyFamily(h, k, HOSTILE.get((i + 1) % HOSTILE.size()), HOSTILE.get((i + 5) % HOSTILE.size()));
                everyFamily(h, k, k, HOSTILE.get((i + 3) % HOSTILE.size()));
            }
            // all hostile keys at once: KEYS with LIKE wildcards must not over-match
            for (byte[] k : HOSTILE) {
                run(h, "SET", k, cat(b("v:"), k));
            }
            for (byte[] k : HOSTILE) {
                run(h, "KEYS", literalPattern(k));
                run(h, "GET", k);
            }
            run(h, "KEYS", "*");
            run(h, "DBSIZE");
            run(h, "KEYS", "%");
            run(h, "KEYS", "_");
            run(h, "KEYS", "1*");
            assertThat(h.mismatches()).as("replies that differ from Redis 7").isEmpty();
        }
    }

    @Test
    void oneMegabyteKeysRoundTripLikeRedis() throws Exception {
        byte[] big = new byte[1 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >>> 8));
        }
        byte[] big2 = big.clone();
        big2[big2.length - 1] ^= 1; // differs only in the last byte
        try (DifferentialHarness h = DifferentialHarness.open()) {
            run(h, "SET", big, "one");
            run(h, "SET", big2, "two");
            run(h, "GET", big);
            run(h, "GET", big2);
            run(h, "EXISTS", big, big2);
            run(h, "APPEND", big, big2);
            run(h, "STRLEN", big);
            run(h, "RENAME", big2, "small");
            run(h, "GET", "small");
            run(h, "EXISTS", big2);
            run(h, "HSET", big2, big, "fieldvalue");
            run(h, "HGET", big2, big);
            run(h, "SADD", "s", big, big2);
            run(h, "SISMEMBER", "s", big2);
            run(h, "SCARD", "s");
            run(h, "ZADD", "z", "1", big);
            run(h, "ZSCORE", "z", big);
            run(h, "LPUSH", big, "x");
            run(h, "DEL", big, big2, "s", "z", "small");
            // a 1 MB key of every other type, each its own key (they differ in the first byte)
            byte[][] keys = new byte[7][];
            for (int t = 0; t < keys.length; t++) {
                keys[t] = big.clone();
                keys[t][0] = (byte) ('a' + t);
            }
            run(h, "RPUSH", keys[0], "l1", big2);
            run(h, "LRANGE", keys[0], "0", "0");
            run(h, "LINDEX", keys[0], "-1");
            run(h, "SADD", keys[1], "m1", "m2");
            run(h, "SMEMBERS", keys[1]);
            run(h, "ZADD", keys[2], "2", "z2", "1", big2);
            run(h, "ZRANGEBYLEX", keys[2], "-", "+");
            run(h, "ZRANGE", keys[2], "0", "0", "WITHSCORES");
            run(h, "PFADD", keys[3], "a", "b", big2);
            run(h, "PFCOUNT", keys[3]);
            run(h, "GEOADD", keys[4], "13.361389", "38.115556", "palermo");
            run(h, "GEOPOS", keys[4], "palermo");
            run(h, "SETBIT", keys[5], "100", "1");
            run(h, "BITCOUNT", keys[5]);
            run(h, "HSET", keys[6], "f", "v");
            run(h, "HGETALL", keys[6]);
            for (byte[] k : keys) {
                run(h, "TYPE", k);
                run(h, "EXPIRE", k, "1000");
                run(h, "TTL", k);
            }
            run(h, "RENAME", keys[0], keys[1]);
            run(h, "TYPE", keys[1]);
            run(h, "DBSIZE");
            run(h, "DEL", keys[0], keys[1], keys[2], keys[3], keys[4], keys[5], keys[6]);
            run(h, "DBSIZE");
            List<String> mismatches = h.mismatches().stream()
                    .map(m -> m.length() > 400 ? m.substring(0, 200) + "..." + m.substring(m.length() - 200) : m).toList();
            assertThat(mismatches).as("replies that differ from Redis 7").isEmpty();
        }
    }

    @Test
    void hostileChannelsArePublishedByteExactLikeRedis() throws Exception {
        try (TestServer server = TestServer.withUser("hostilepub:user", "pw")) {
            byte[] ours = pubSubTranscript(server.port(), true);
            byte[] redis = pubSubTranscript(RealRedis.shared().port(), false);
            assertThat(new String(ours, StandardCharsets.ISO_8859_1))
                    .isEqualTo(new String(redis, StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] pubSubTranscript(int port, boolean auth) throws Exception {
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        try (RawClient sub = new RawClient(port); RawClient pub = new RawClient(port)) {
            if (auth) {
                for (RawClient c : List.of(sub, pub)) {
                    c.send(RawClient.command("AUTH", "hostilepub:user", "pw"));
                    assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
                }
            }
            List<byte[]> channels = new ArrayList<>(HOSTILE);
            byte[][] subscribe = new byte[channels.size() + 1][];
            subscribe[0] = b("SUBSCRIBE");
            for (int i = 0; i < channels.size(); i++) {
                subscribe[i + 1] = channels.get(i);
            }
            sub.send(encode(subscribe));
            for (int i = 0; i < channels.size(); i++) {
                transcript.writeBytes(sub.readReply());
            }
            for (int i = 0; i < channels.size(); i++) {
                pub.send(encode(b("PUBLISH"), channels.get(i), HOSTILE.get((i + 2) % HOSTILE.size())));
                byte[] count = pub.readReply();
                transcript.writeBytes(count);
                transcript.writeBytes(sub.readReply());
            }
            pub.send(encode(b("PUBLISH"), b("not-subscribed"), b("x")));
            transcript.writeBytes(pub.readReply());
        }
        String text = new String(transcript.toByteArray(), StandardCharsets.ISO_8859_1);
        assertNoLeak(text, "pubsub");
        return transcript.toByteArray();
    }

    static byte[] encode(byte[]... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] a : args) {
            o.writeBytes(("$" + a.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            o.writeBytes(a);
            o.writeBytes(new byte[] {'\r', '\n'});
        }
        return o.toByteArray();
    }
}
