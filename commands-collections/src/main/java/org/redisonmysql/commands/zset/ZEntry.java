package org.redisonmysql.commands.zset;

import java.util.Arrays;
import java.util.Comparator;

/** One member and its score (public for the geo family, whose keys are sorted sets). */
public record ZEntry(byte[] member, double score) {
    /** Redis's order: score, then member bytes (memcmp, shorter first on a common prefix). */
    static final Comparator<ZEntry> ORDER = (a, b) -> {
        int c = Double.compare(a.score == 0 ? 0.0 : a.score, b.score == 0 ? 0.0 : b.score);
        return c != 0 ? c : Arrays.compareUnsigned(a.member, b.member);
    };
}
