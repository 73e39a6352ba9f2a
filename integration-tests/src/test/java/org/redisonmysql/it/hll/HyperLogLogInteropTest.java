package org.redisonmysql.it.hll;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.differential.DifferentialHarness;
import org.redisonmysql.it.differential.RealRedis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HLL values move between servers as plain strings: a value built by real Redis (GET there, then
 * SET on both through the harness) counts, merges and grows the same here; a corrupted one answers
 * {@code -INVALIDOBJ Corrupted HLL object detected} on both.
 */
class HyperLogLogInteropTest {

    @Test
    void valuesWrittenByRedisCountTheSameHere() throws Exception {
        try (DifferentialHarness h = DifferentialHarness.open(); RawClient redis = new RawClient(RealRedis.shared().port())) {
            // sparse (few elements) and dense (promoted past hll-sparse-max-bytes)
            byte[] sparse = buildInRedis(redis, "src-sparse", 20);
            byte[] dense = buildInRedis(redis, "src-dense", 5000);
            assertThat(sparse[4]).isEqualTo((byte) 1);
            assertThat(dense[4]).isEqualTo((byte) 0);
            h.run(bytes("SET"), bytes("s"), sparse);
            h.run(bytes("SET"), bytes("d"), dense);
            assertThat(h.run("PFCOUNT", "s")).isEqualTo(":20\r\n");
            h.run("PFCOUNT", "d");
            h.run("GET", "d");
            h.run("PFCOUNT", "s", "d");
            h.run("PFADD", "s", "more", "elements");
            h.run("PFADD", "d", "more", "elements");
            h.run("PFMERGE", "m", "s", "d");
            h.run("GET", "m");
            h.run("PFCOUNT", "m");
            h.run("GET", "s");
            assertThat(h.mismatches()).isEmpty();
        }
    }

    @Test
    void corruptedValuesAnswerInvalidObj() throws Exception {
        try (DifferentialHarness h = DifferentialHarness.open(); RawClient redis = new RawClient(RealRedis.shared().port())) {
            byte[] good = buildInRedis(redis, "src", 10);
            // Cut the sparse body short: the opcodes no longer cover 16384 registers.
            byte[] cut = Arrays.copyOf(good, good.length - 1);
            cut[15] |= (byte) 0x80; // cache invalid, so PFCOUNT must read the registers
            h.run(bytes("SET"), bytes("c"), cut);
            assertThat(h.run("PFCOUNT", "c")).isEqualTo("-INVALIDOBJ Corrupted HLL object detected\r\n");
            h.run("PFCOUNT", "c", "missing");
            h.run("PFMERGE", "x", "c");
            h.run("PFADD", "c", "a", "b", "c", "d");
            h.run("GET", "c");
            assertThat(h.mismatches()).isEmpty();
        }
    }

    private static byte[] buildInRedis(RawClient redis, String key, int elements) throws IOException {
        String[] cmd = new String[elements + 2];
        cmd[0] = "PFADD";
        cmd[1] = key;
        for (int i = 0; i < elements; i++) {
            cmd[i + 2] = "element-" + i;
        }
        redis.send(RawClient.command(cmd));
        redis.readReply();
        redis.send(RawClient.command("GET", key));
        byte[] reply = redis.readReply();
        int start = indexOf(reply, (byte) '\n') + 1;
        return Arrays.copyOfRange(reply, start, reply.length - 2);
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
