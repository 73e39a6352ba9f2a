package org.redisonmysql.benchmarks;

import java.util.Arrays;

/**
 * Every request's latency, kept exactly (a benchmark run is at most a few hundred thousand
 * requests): percentiles are nearest-rank over the sorted samples, no bucketing error.
 * One recorder per thread; {@link #merge} combines them after the run.
 */
public final class LatencyRecorder {
    private long[] nanos = new long[1024];
    private int size;

    public void record(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    public int count() {
        return size;
    }

    public static LatencyRecorder merge(Iterable<LatencyRecorder> parts) {
        LatencyRecorder all = new LatencyRecorder();
        for (LatencyRecorder p : parts) {
            for (int i = 0; i < p.size; i++) {
                all.record(p.nanos[i]);
            }
        }
        return all;
    }

    /** The nearest-rank percentile in milliseconds ({@code q} in (0, 100]); NaN when empty. */
    public double percentileMs(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
    }
}
