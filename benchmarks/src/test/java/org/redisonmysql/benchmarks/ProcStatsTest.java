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
    void readsThisProcess() throws IOException {
        long self = ProcessHandle.current().pid();
        assertThat(ProcStats.rssBytes(self)).isGreaterThan(1 << 20);
        assertThat(ProcStats.cpuMillis(self)).isGreaterThanOrEqualTo(0);
    }
}
