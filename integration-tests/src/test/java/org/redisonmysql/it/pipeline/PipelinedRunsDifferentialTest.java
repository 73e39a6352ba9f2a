package org.redisonmysql.it.pipeline;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipelines of mixed commands, sent in one write to real Redis 7 and to this server, reply by
 * reply. The server runs consecutive pipelined commands together (one unit of work, GET runs as
 * one read, plain SET runs as one upsert): the replies must be exactly those of one command after
 * the other, whatever the mix — repeated keys inside a run, WRONGTYPE in the middle of a GET run,
 * SETs with options between plain ones, type changes, errors, counters, lists, MULTI blocks and
 * commands that take the one-at-a-time path (PING, SELECT, EXEC) in between.
 */
class PipelinedRunsDifferentialTest {
    private static final long SEED = 20261121L;
    private static final int PIPELINES = 100;

    @Test
    void pipelinedRunsAnswerAsCommandsOneByOne() {
        Random rnd = new Random(SEED);
        try (DifferentialHarness h = DifferentialHarness.open()) {
            for (int p = 0; p < PIPELINES; p++) {
                List<byte[][]> pipeline = new ArrayList<>();
                int length = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 70);
                while (pipeline.size() < length) {
                    addNext(rnd, pipeline);
                }
                h.runPipeline(pipeline);
            }
            assertThat(h.mismatches()).as("seed " + SEED).isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void longGetAndSetRunsOverOneHotKeyAndManyKeys() {
        try (DifferentialHarness h = DifferentialHarness.open()) {
            List<byte[][]> pipeline = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                pipeline.add(args("SET", "hot", "v" + i));
                pipeline.add(args("GET", "hot"));
            }
            for (int i = 0; i < 200; i++) {
                pipeline.add(args("SET", "k" + (i % 37), "value-" + i));
            }
            for (int i = 0; i < 200; i++) {
                pipeline.add(args("GET", "k" + (i % 41)));
            }
            pipeline.add(args("LPUSH", "k3", "x"));
            pipeline.add(args("GET", "k1"));
            pipeline.add(args("GET", "k3"));
            pipeline.add(args("GET", "k2"));
            pipeline.add(args("SET", "k3", "string again"));
            pipeline.add(args("GET", "k3"));
            h.runPipeline(pipeline);
            assertThat(h.mismatches()).isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addNext(Random rnd, List<byte[][]> pipeline) {
        String key = "k" + rnd.nextInt(5);
        switch (rnd.nextInt(24)) {
            case 0, 1, 2, 3, 4 -> pipeline.add(args("GET", key));
            case 5, 6, 7, 8 -> pipeline.add(args("SET", key, value(rnd)));
            case 9 -> pipeline.add(args("SET", key, value(rnd), rnd.nextBoolean() ? "NX" : "XX"));
            case 10 -> pipeline.add(args("SET", key, value(rnd), "GET"));
            case 11 -> pipeline.add(args("SET", key, value(rnd), "PX", String.valueOf(rnd.nextBoolean() ? 100000 : -5)));
            case 12 -> pipeline.add(args(rnd.nextBoolean() ? "INCR" : "DECR", key));
            case 13 -> pipeline.add(args("INCRBY", key, rnd.nextBoolean() ? "7" : "x"));
            case 14 -> pipeline.add(args("LPUSH", key, value(rnd), value(rnd)));
            case 15 -> pipeline.add(args("RPOP", key));
            case 16 -> pipeline.add(args("HSET", key, "f", value(rnd)));
            case 17 -> pipeline.add(args("DEL", key));
            case 18 -> pipeline.add(args("APPEND", key, value(rnd)));
            case 19 -> pipeline.add(args("MGET", key, "k" + rnd.nextInt(5)));
            case 20 -> pipeline.add(args("TTL", key));
            case 21 -> pipeline.add(args(rnd.nextBoolean() ? "PING" : "GET"));
            case 22 -> {
                pipeline.add(args("MULTI"));
                pipeline.add(args("SET", key, value(rnd)));
                pipeline.add(args("GET", key));
                pipeline.add(args("INCR", key));
                pipeline.add(args(rnd.nextBoolean() ? "EXEC" : "DISCARD"));
            }
            default -> {
                int db = rnd.nextInt(2);
                pipeline.add(args("SELECT", String.valueOf(db)));
            }
        }
    }

    private static String value(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> String.valueOf(rnd.nextInt(100));
            case 1 -> "";
            case 2 -> "v\r\n\u0000" + rnd.nextInt(10);
            default -> "value" + rnd.nextInt(1000);
        };
    }

    private static byte[][] args(String... words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
