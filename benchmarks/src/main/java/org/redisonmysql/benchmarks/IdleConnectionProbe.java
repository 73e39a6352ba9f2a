package org.redisonmysql.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The server's resident memory with many idle clients: opens connections that AUTH and then do
 * nothing, and reads the server's VmRSS at each requested count (cumulative: 1,000 then 10,000
 * means 9,000 more are opened after the first reading). The caller's {@code ulimit -n} must allow
 * the connections (benchmarks/run.sh raises it). Each reading also runs a full GC in the server
 * (after reading its RSS) to tell the heap the connections keep from garbage.
 *
 * <p>{@code java -cp ... org.redisonmysql.benchmarks.IdleConnectionProbe host port user password pid 1000 10000}
 */
public final class IdleConnectionProbe {
    /** One reading. */
    public record Reading(int connections, long rssBytes, long javaHeapUsedBytes, long javaHeapLiveBytes, int threads) {
        /** RSS and heap as they are, then the heap that survives a full GC. */
        static Reading of(int connections, long pid) throws IOException {
            long rss = ProcStats.rssBytes(pid);
            long used = ProcStats.javaHeapUsedBytes(pid);
            int threads = ProcStats.threads(pid);
            return new Reading(connections, rss, used, ProcStats.javaHeapLiveBytes(pid), threads);
        }
    }

    /** AUTHs in flight at once: each one is a real MySQL login on the server. */
    private static final int PARALLEL_LOGINS = 32;
    private static final long SETTLE_MILLIS = 2_000;

    private IdleConnectionProbe() {
    }

    /** The baseline reading (0 connections) followed by one reading per count; closes everything after. */
    public static List<Reading> measure(Target target, int... counts) throws Exception {
        List<Reading> readings = new ArrayList<>();
        List<RespClient> open = new ArrayList<>();
        ExecutorService logins = Executors.newFixedThreadPool(PARALLEL_LOGINS);
        try {
            readings.add(Reading.of(0, target.pid()));
            for (int count : counts) {
                List<Future<RespClient>> pending = new ArrayList<>();
                for (int i = open.size(); i < count; i++) {
                    pending.add(logins.submit(target::connect));
                }
                for (Future<RespClient> f : pending) {
                    open.add(f.get());
                }
                Thread.sleep(SETTLE_MILLIS);
                checkAlive(open.get(open.size() - 1));
                readings.add(Reading.of(open.size(), target.pid()));
            }
        } finally {
            logins.shutdownNow();
            for (RespClient c : open) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
        return readings;
    }

    /** The last connection still answers: the count is of live connections, not of refused ones. */
    private static void checkAlive(RespClient c) throws IOException {
        Object pong = c.call("PING");
        if (!"PONG".equals(pong)) {
            throw new IOException("an idle connection no longer answers PING: " + pong);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: IdleConnectionProbe host port user password server-pid count...");
            System.exit(2);
        }
        Target t = new Target("server", args[0], Integer.parseInt(args[1]), args[2], args[3], Long.parseLong(args[4]));
        int[] counts = new int[args.length - 5];
        for (int i = 5; i < args.length; i++) {
            counts[i - 5] = Integer.parseInt(args[i]);
        }
        for (Reading r : measure(t, counts)) {
            System.out.printf("%,d idle connections: RSS %.1f MB, Java heap used %.1f MB (live after GC %.1f MB), %d threads%n",
                    r.connections(), r.rssBytes() / 1048576.0, r.javaHeapUsedBytes() / 1048576.0,
                    r.javaHeapLiveBytes() / 1048576.0, r.threads());
        }
    }
}
