package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyRecorderTest {
    @Test
    void percentilesAreNearestRankOverAllThreads() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        for (int ms = 1; ms <= 100; ms++) {
            (ms % 2 == 0 ? a : b).record(ms * 1_000_000L);
        }
        LatencyRecorder all = LatencyRecorder.merge(List.of(a, b));
        assertThat(all.count()).isEqualTo(100);
        assertThat(all.percentileMs(50)).isEqualTo(50.0);
        assertThat(all.percentileMs(99)).isEqualTo(99.0);
        assertThat(all.percentileMs(100)).isEqualTo(100.0);
    }

    @Test
    void emptyHasNoPercentile() {
        assertThat(new LatencyRecorder().percentileMs(50)).isNaN();
    }

    @Test
    void medianOfRunsIsTheMiddleThroughputOrTheSlowerMiddleOne() {
        Measurement slow = new Measurement(100, 5, 9);
        Measurement mid = new Measurement(200, 4, 8);
        Measurement fast = new Measurement(300, 3, 7);
        assertThat(Measurement.median(List.of(fast, slow, mid))).isSameAs(mid);
        assertThat(Measurement.median(List.of(fast, slow))).isSameAs(slow);
        assertThat(Measurement.median(List.of())).isNull();
    }
}
