package org.redisonmysql.core.resp;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.util.Vectors;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedisDoublesTest {
    /** doubles_format.tsv: ZADD of an exact double then ZSCORE on real Redis 7.0.15 ("%.17g"). */
    @Test
    void formatMatchesRedisZscore() {
        List<String[]> rows = Vectors.rows("doubles_format.tsv");
        assertThat(rows).hasSizeGreaterThan(5000);
        for (String[] row : rows) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            assertThat(RedisDoubles.format(value)).as(row[0] + " = " + value).isEqualTo(row[1]);
        }
    }

    @Test
    void formatEdgeCases() {
        assertThat(RedisDoubles.format(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(RedisDoubles.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(RedisDoubles.format(0.0)).isEqualTo("0");
        assertThat(RedisDoubles.format(-0.0)).isEqualTo("-0");
        assertThat(RedisDoubles.format(0.1)).isEqualTo("0.10000000000000001");
        assertThat(RedisDoubles.format(1e17)).isEqualTo("1e+17");
        assertThat(RedisDoubles.format(1e16)).isEqualTo("10000000000000000");
        assertThat(RedisDoubles.format(1e-5)).isEqualTo("1.0000000000000001e-05");
        assertThat(RedisDoubles.format(1e-4)).isEqualTo("0.0001");
        assertThat(RedisDoubles.format(1000000000000000.25)).isEqualTo("1000000000000000.2"); // tie to even
        assertThat(RedisDoubles.format(1000000000000000.75)).isEqualTo("1000000000000000.8");
        assertThat(RedisDoubles.format(Double.MIN_VALUE)).isEqualTo("4.9406564584124654e-324");
        assertThat(RedisDoubles.format(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    }
}
