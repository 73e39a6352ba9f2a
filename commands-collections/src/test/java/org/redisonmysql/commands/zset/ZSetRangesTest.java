package org.redisonmysql.commands.zset;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZSetRangesTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void scoreKeysSortLikeDoubles() {
        double[] values = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.5, -Double.MIN_VALUE, 0.0,
                Double.MIN_VALUE, 0.1, 1, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        List<Long> keys = new ArrayList<>();
        for (double v : values) {
            long k = ScoreCodec.encode(v);
            assertThat(ScoreCodec.decode(k)).isEqualTo(v);
            keys.add(k);
        }
        assertThat(keys).isSorted();
        assertThat(ScoreCodec.encode(-0.0)).isEqualTo(ScoreCodec.encode(0.0));
        assertThat(ScoreCodec.readable(Double.POSITIVE_INFINITY)).isNull();
        assertThat(1 / ScoreCodec.readable(-0.0)).isPositive();
    }

    @Test
    void scoreRangesParseLikeZslParseRange() {
        ScoreRange r = ScoreRange.parse(b("(1"), b("+inf"));
        assertThat(r.minExclusive()).isTrue();
        assertThat(r.contains(1)).isFalse();
        assertThat(r.contains(Double.POSITIVE_INFINITY)).isTrue();
        assertThat(ScoreRange.parse(b(""), b(" 5")).min()).isEqualTo(0.0);
        assertThat(ScoreRange.parse(b("(1"), b("(1")).isEmpty()).isTrue();
        assertThat(ScoreRange.parse(b("1"), b("1")).isEmpty()).isFalse();
        assertThat(ScoreRange.parse(b("2"), b("1")).isEmpty()).isTrue();
        assertThatThrownBy(() -> ScoreRange.parse(b("x"), b("1"))).isInstanceOf(RedisException.class)
                .hasMessageContaining("min or max is not a float");
        assertThatThrownBy(() -> ScoreRange.parse(b("nan"), b("1"))).isInstanceOf(RedisException.class);
    }

    @Test
    void lexRangesParseLikeZslParseLexRange() {
        assertThat(LexRange.parse(b("-"), b("+")).isEmpty()).isFalse();
        assertThat(LexRange.parse(b("+"), b("-")).isEmpty()).isTrue();
        assertThat(LexRange.parse(b("-"), b("-")).isEmpty()).isTrue();
        assertThat(LexRange.parse(b("[a"), b("[a")).isEmpty()).isFalse();
        assertThat(LexRange.parse(b("(a"), b("[a")).isEmpty()).isTrue();
        assertThat(LexRange.parse(b("[b"), b("[a")).isEmpty()).isTrue();
        LexRange r = LexRange.parse(b("(a"), b("[c"));
        assertThat(r.contains(b("a"))).isFalse();
        assertThat(r.contains(b("a\0"))).isTrue();
        assertThat(r.contains(b("c"))).isTrue();
        assertThat(r.contains(b("c\0"))).isFalse();
        assertThat(LexRange.parse(b("[\u00ff"), b("+")).contains(b("z"))).isFalse();
        for (String bad : new String[] {"a", "", "++", "-x"}) {
            assertThatThrownBy(() -> LexRange.parse(b(bad), b("+"))).isInstanceOf(RedisException.class)
                    .hasMessage(LexRange.NOT_VALID);
        }
    }

    @Test
    void entriesOrderByScoreThenUnsignedBytes() {
        List<ZEntry> list = new ArrayList<>(List.of(new ZEntry(b("b"), 1), new ZEntry(b("\u00ff"), 0),
                new ZEntry(b("a"), 1), new ZEntry(b("z"), 0), new ZEntry(b("a\0"), 1)));
        list.sort(ZEntry.ORDER);
        assertThat(list).extracting(e -> new String(e.member(), StandardCharsets.ISO_8859_1))
                .containsExactly("z", "\u00ff", "a", "a\0", "b");
    }
}
