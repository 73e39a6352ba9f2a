package org.redisonmysql.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time that processes spend per 10,000 GETs: utime + stime (from /proc/<pid>/stat) before and
 * after a redis-benchmark GET run, scaled to 10,000 requests. Measured for the server and its
 * database together (a GET costs CPU in both), and for redis-server alone.
 */
public final class CpuPerGets {
    private CpuPerGets() {
    }

    /**
     * Runs {@code requests} GETs (-c 50, no pipelining) against {@code target} and returns, for each
     * named pid, its CPU milliseconds per 10,000 GETs.
     */
    public static Map<String, Double> measure(RedisBenchmarkRunner bench, Target target, int requests,
                                              Map<String, Long> pids) throws Exception {
        Map<String, Long> before = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            before.put(e.getKey(), ProcStats.cpuMillis(e.getValue()));
        }
        Measurement run = bench.run(target, "get", 50, requests, 1);
        if (!run.ok()) {
            throw new java.io.IOException("GET run against " + target.name() + " failed: " + run.error());
        }
        Map<String, Double> per10k = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            long used = ProcStats.cpuMillis(e.getValue()) - before.get(e.getKey());
            per10k.put(e.getKey(), used * 10_000.0 / requests);
        }
        return per10k;
    }
}
