package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisBenchmarkRunnerTest {
    @Test
    void readsRpsP50AndP99FromRedisBenchmarkCsv() {
        String csv = """
                "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
                "MSET (10 keys)","104712.04","7.386","0.888","6.943","15.831","17.535","17.935"
                """;
        Measurement m = RedisBenchmarkRunner.parseCsv(csv);
        assertThat(m.requestsPerSecond()).isEqualTo(104712.04);
        assertThat(m.p50Ms()).isEqualTo(6.943);
        assertThat(m.p99Ms()).isEqualTo(17.535);
    }

    @Test
    void aFailedRunSaysTheServersError() {
        String out = "\"test\",\"rps\"\nError from server: ERR database unavailable, try again later\n";
        assertThat(RedisBenchmarkRunner.failure(out, 1)).isEqualTo("ERR database unavailable, try again later");
        assertThat(RedisBenchmarkRunner.failure("Could not connect to Redis at 127.0.0.1:1: Connection refused\n", 1))
                .isEqualTo("exit 1: Could not connect to Redis at 127.0.0.1:1: Connection refused");
    }

    @Test
    void noDataLineIsNull() {
        assertThat(RedisBenchmarkRunner.parseCsv("\"test\",\"rps\"\nError from server: ERR x\n")).isNull();
    }
}
