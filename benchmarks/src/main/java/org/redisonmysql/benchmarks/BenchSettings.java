package org.redisonmysql.benchmarks;

/**
 * How much work one run does. {@code quick} is for a smoke check (about 3 minutes on 2 cores),
 * {@code full} for the numbers in docs/PERFORMANCE.md (about 15 minutes). Request counts are per
 * redis-benchmark run; Redis gets more requests because it is ~50x faster and a run must last long
 * enough to mean something.
 */
public record BenchSettings(String mode, int rounds, int requests, int pipelinedRequests, int redisRequests,
                            int redisPipelinedRequests, int cpuGets, int largeSize, int largeCalls, int[] idleCounts) {

    public static BenchSettings quick() {
        return new BenchSettings("quick", 1, 1_000, 3_000, 10_000, 50_000, 5_000, 50_000, 100,
                new int[] {1_000, 10_000});
    }

    public static BenchSettings full() {
        return new BenchSettings("full", 3, 5_000, 12_000, 100_000, 300_000, 30_000, 1_000_000, 200,
                new int[] {1_000, 10_000});
    }

    public static BenchSettings of(String mode) {
        return switch (mode) {
            case "quick" -> quick();
            case "full" -> full();
            default -> throw new IllegalArgumentException("mode must be quick or full, not " + mode);
        };
    }
}
