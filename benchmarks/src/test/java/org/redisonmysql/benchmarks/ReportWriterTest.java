package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {
    @Test
    void replacesOnlyTheBlockBetweenTheMarkers() {
        String existing = "# Performance\n\nIntro.\n\n" + ReportWriter.BEGIN + "\n\nold table\n\n" + ReportWriter.END
                + "\n\n## Hand-written\n\nkept.\n";
        String out = ReportWriter.splice(existing, "new table\n");
        assertThat(out).isEqualTo("# Performance\n\nIntro.\n\n" + ReportWriter.BEGIN + "\n\nnew table\n\n"
                + ReportWriter.END + "\n\n## Hand-written\n\nkept.\n");
        assertThat(ReportWriter.splice(out, "new table\n")).isEqualTo(out);
    }

    @Test
    void withoutMarkersGoesAfterTheFirstParagraph() {
        String existing = "# Performance\n\nIntro line one\nline two.\n\n## Older\n\nkept.\n";
        String out = ReportWriter.splice(existing, "table");
        assertThat(out).isEqualTo("# Performance\n\nIntro line one\nline two.\n\n" + ReportWriter.BEGIN + "\n\ntable\n\n"
                + ReportWriter.END + "\n\n## Older\n\nkept.\n");
    }

    @Test
    void aLoneMarkerIsRefused() {
        assertThatThrownBy(() -> ReportWriter.splice("# P\n\n" + ReportWriter.BEGIN + "\n", "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
