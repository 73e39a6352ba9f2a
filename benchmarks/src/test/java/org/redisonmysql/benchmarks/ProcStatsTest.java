package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatsTest {
    @Test
    void cpuTicksAreUtimePlusStimeEvenWithSpacesInTheName() {
        String stat = "4242 (java main) S 1 4242 4242 0 -1 4194304 12000 0 3 0 1500 250 0 0 20 0 40 0 123 0 0";
        assertThat(ProcStats.cpuTicks(stat)).isEqualTo(1750);
    }

    @Test
    void rssLineIsInKilobytes() {
        assertThat(ProcStats.parseKb("VmRSS:\t  417636 kB")).isEqualTo(417636);
    }

    @Test
    void heapUsedIsTheWholeHeapLine() {
        String g1 = """
                12345:
                 garbage-first heap   total 262144K, used 51200K [0x0000000700000000, 0x0000000800000000)
                  region size 1024K, 40 young (40960K), 3 survivors (3072K)
                 Metaspace       used 30000K, committed 30500K, reserved 1114112K
                """;
        assertThat(ProcStats.parseHeapUsedKb(g1)).isEqualTo(51200);
        assertThat(ProcStats.parseHeapUsedKb("12345:\nAttachNotSupportedException")).isEqualTo(-1);
    }

    @Test
    void readsThisProcess() throws IOException {
        long self = ProcessHandle.current().pid();
        assertThat(ProcStats.rssBytes(self)).isGreaterThan(1 << 20);
        assertThat(ProcStats.cpuMillis(self)).isGreaterThanOrEqualTo(0);
        assertThat(ProcStats.threads(self)).isPositive();
    }
}
