package org.redisonmysql.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One load run's result: throughput and latency percentiles (milliseconds), or, for a run that
 * failed (redis-benchmark stops at the first error reply), the error instead.
 */
public record Measurement(double requestsPerSecond, double p50Ms, double p99Ms, String error) {

    public Measurement(double requestsPerSecond, double p50Ms, double p99Ms) {
        this(requestsPerSecond, p50Ms, p99Ms, null);
    }

    public static Measurement failed(String error) {
        return new Measurement(Double.NaN, Double.NaN, Double.NaN, error);
    }

    public boolean ok() {
        return error == null;
    }

    /**
     * The run with the median throughput among repeated runs of the same thing (with an even count,
     * the slower of the two middle runs), reported whole so that its percentiles belong to it.
     * Failed runs count only when every run failed.
     */
    public static Measurement median(List<Measurement> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        List<Measurement> sorted = new ArrayList<>(runs.stream().filter(Measurement::ok).toList());
        if (sorted.isEmpty()) {
            return runs.get(0);
        }
        sorted.sort(Comparator.comparingDouble(Measurement::requestsPerSecond));
        return sorted.get((sorted.size() - 1) / 2);
    }
}
