package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {
    @Test
    void goalsCompareWithRawSqlWithOwnUnpipelinedAndWithTheMemoryLimit() {
        Report r = new Report();
        r.rows.add(new Report.Row("GET", 1, new Measurement(900, 1, 2), new Measurement(1000, 1, 2), new Measurement(50000, 0.1, 0.2)));
        r.rows.add(new Report.Row("GET", 16, new Measurement(2000, 1, 2), null, new Measurement(400000, 0.1, 0.2)));
        r.rows.add(new Report.Row("SET", 1, new Measurement(700, 1, 2), new Measurement(1000, 1, 2), null));
        r.idle.add(new IdleConnectionProbe.Reading(10_000, 400L << 20, 100L << 20, 50L << 20, 60));
        List<Report.Goal> goals = r.goals();
        assertThat(goals).extracting(Report.Goal::what).contains("GET at -c 50 >= 0.8 x raw SQL",
                "GET with -P 16 >= 2.5 x its own unpipelined throughput", "10,000 idle connections: server RSS < 512 MB");
        assertThat(goal(goals, "GET at")).isEqualTo(new Report.Goal("GET at -c 50 >= 0.8 x raw SQL", "0.90 x raw SQL", true));
        assertThat(goal(goals, "SET at").met()).isFalse();
        assertThat(goal(goals, "INCR at").measured()).isEqualTo("n/a x raw SQL");
        assertThat(goal(goals, "GET with").measured()).isEqualTo("2.22 x");
        assertThat(goal(goals, "GET with").met()).isFalse();
        assertThat(goal(goals, "10,000").met()).isTrue();
        String md = r.toMarkdown();
        assertThat(md).contains("| GET | 1 | 900 | 1.00 | 2.00 | 1,000 | 1.00 | 2.00 | 50,000 | 0.10 | 0.20 | 0.90 | 0.018 |");
        assertThat(md).contains("| 10,000 | 400 MB | 100 MB | 50 MB | 60 |");
    }

    @Test
    void aFailedRunIsShownAsFailedWithItsErrorBelowTheTable() {
        Report r = new Report();
        r.rows.add(new Report.Row("LPUSH", 1, Measurement.failed("ERR database unavailable, try again later"), null,
                new Measurement(50000, 0.1, 0.2)));
        String md = r.toMarkdown();
        assertThat(md).contains("| LPUSH | 1 | failed (1) |  |  |  |  |  | 50,000 | 0.10 | 0.20 |  | n/a |");
        assertThat(md).contains("1. `ERR database unavailable, try again later`");
        assertThat(r.toMarkdown()).isEqualTo(md);
    }

    private static Report.Goal goal(List<Report.Goal> goals, String prefix) {
        return goals.stream().filter(g -> g.what().startsWith(prefix)).findFirst().orElseThrow();
    }
}
