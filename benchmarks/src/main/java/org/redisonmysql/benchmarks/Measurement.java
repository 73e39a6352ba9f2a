package org.redisonmysql.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One load run's result: throughput and latency percentiles (milliseconds). */
public record Measurement(double requestsPerSecond, double p50Ms, double p99Ms) {

    /**
     * The run with the median throughput among repeated runs of the same thing (with an even count,
     * the slower of the two middle runs), reported whole so that its percentiles belong to it.
     */
    public static Measurement median(List<Measurement> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        List<Measurement> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Measurement::requestsPerSecond));
        return sorted.get((sorted.size() - 1) / 2);
    }
}
