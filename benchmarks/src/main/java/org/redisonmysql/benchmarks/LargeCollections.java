package org.redisonmysql.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Latency of range reads and end pushes/pops on one very large sorted set and one very large list:
 * loads {@code size} members into each (pipelined ZADD / RPUSH of {@value #BATCH} members per
 * command), then times single calls, one at a time on one connection, so a p50/p99 is the cost of
 * one command on a big collection, not of a queue.
 *
 * <p>{@code java -cp ... org.redisonmysql.benchmarks.LargeCollections host port user password size calls}
 */
public final class LargeCollections {
    public static final String ZSET_KEY = "bench:big:zset";
    public static final String LIST_KEY = "bench:big:list";
    /** The operations timed, in the report's order. */
    public static final List<String> OPERATIONS = List.of("ZRANGE 0 9", "ZRANGEBYSCORE min +inf LIMIT 0 10",
            "LRANGE 0 99", "LPUSH", "RPOP");

    private static final int BATCH = 1_000;
    private static final int IN_FLIGHT = 4;

    private LargeCollections() {
    }

    /** Seconds taken to load the sorted set and the list (each {@code size} members) into the target. */
    public static double load(Target target, int size) throws IOException {
        long start = System.nanoTime();
        try (RespClient c = target.connect()) {
            c.call("DEL", ZSET_KEY, LIST_KEY);
            pipelined(c, size, (from, to) -> {
                List<Object> cmd = new ArrayList<>(2 + 2 * (to - from));
                cmd.add("ZADD");
                cmd.add(ZSET_KEY);
                for (int i = from; i < to; i++) {
                    cmd.add(Integer.toString(i));
                    cmd.add(member(i));
                }
                return cmd;
            });
            pipelined(c, size, (from, to) -> {
                List<Object> cmd = new ArrayList<>(2 + (to - from));
                cmd.add("RPUSH");
                cmd.add(LIST_KEY);
                for (int i = from; i < to; i++) {
                    cmd.add(member(i));
                }
                return cmd;
            });
            check(c.call("ZCARD", ZSET_KEY), size, "ZCARD");
            check(c.call("LLEN", LIST_KEY), size, "LLEN");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Batch {
        List<Object> command(int from, int to);
    }

    private static void pipelined(RespClient c, int size, Batch batch) throws IOException {
        int sent = 0;
        int inFlight = 0;
        for (int from = 0; from < size; from += BATCH) {
            c.send(batch.command(from, Math.min(size, from + BATCH)));
            sent++;
            inFlight++;
            if (inFlight == IN_FLIGHT) {
                c.flush();
                expectNoError(c.read());
                inFlight--;
            }
        }
        c.flush();
        while (inFlight-- > 0) {
            expectNoError(c.read());
        }
    }

    private static String member(int i) {
        return String.format("member:%07d", i);
    }

    private static void expectNoError(Object reply) throws IOException {
        if (reply instanceof RespClient.Error e) {
            throw new IOException("loading failed: " + e.message());
        }
    }

    private static void check(Object reply, long expected, String what) throws IOException {
        if (!(reply instanceof Long n) || n != expected) {
            throw new IOException(what + " after loading is " + reply + ", expected " + expected);
        }
    }

    /** p50/p99 of each operation over {@code calls} calls (the list gets as many pushes as pops: its size stays). */
    public static Map<String, Measurement> latencies(Target target, int size, int calls, long seed) throws IOException {
        Map<String, Measurement> result = new LinkedHashMap<>();
        Random random = new Random(seed);
        try (RespClient c = target.connect()) {
            result.put(OPERATIONS.get(0), time(c, calls, () -> new Object[] {"ZRANGE", ZSET_KEY, "0", "9"}));
            result.put(OPERATIONS.get(1), time(c, calls, () -> new Object[] {"ZRANGEBYSCORE", ZSET_KEY,
                    Integer.toString(random.nextInt(size)), "+inf", "LIMIT", "0", "10"}));
            result.put(OPERATIONS.get(2), time(c, calls, () -> new Object[] {"LRANGE", LIST_KEY, "0", "99"}));
            result.put(OPERATIONS.get(3), time(c, calls, () -> new Object[] {"LPUSH", LIST_KEY, "pushed"}));
            result.put(OPERATIONS.get(4), time(c, calls, () -> new Object[] {"RPOP", LIST_KEY}));
        }
        return result;
    }

    private interface Command {
        Object[] next();
    }

    private static Measurement time(RespClient c, int calls, Command command) throws IOException {
        LatencyRecorder recorder = new LatencyRecorder();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            Object[] cmd = command.next();
            long t0 = System.nanoTime();
            Object reply = c.call(cmd);
            recorder.record(System.nanoTime() - t0);
            if (reply instanceof RespClient.Error e) {
                throw new IOException(cmd[0] + " failed: " + e.message());
            }
        }
        return new Measurement(calls / ((System.nanoTime() - start) / 1e9), recorder.percentileMs(50),
                recorder.percentileMs(99));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: LargeCollections host port user password size calls");
            System.exit(2);
        }
        Target t = new Target("server", args[0], Integer.parseInt(args[1]), args[2], args[3], -1);
        int size = Integer.parseInt(args[4]);
        System.out.printf("loaded %,d + %,d members in %.1f s%n", size, size, load(t, size));
        latencies(t, size, Integer.parseInt(args[5]), 1).forEach((op, m) ->
                System.out.printf("%-34s p50 %.3f ms  p99 %.3f ms%n", op, m.p50Ms(), m.p99Ms()));
    }
}
