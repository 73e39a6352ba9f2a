package org.redisonmysql.core.util;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.resp.RedisDoubles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisNumbersTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** integers.tsv: INCRBY on 0 and SETRANGE offsets on real Redis 7.0.15 (string2ll). */
    @Test
    void integerParsingMatchesRedis() {
        List<String[]> rows = Vectors.rows("integers.tsv");
        assertThat(rows).hasSizeGreaterThan(2000);
        int accepted = 0;
        for (String[] row : rows) {
            byte[] input = Vectors.bytes(row[0]);
            String incrby = row[1];
            Long parsed = RedisNumbers.parseLongOrNull(input);
            String what = "input '" + Vectors.text(row[0]) + "'";
            if (Vectors.ok(incrby) != null) {
                accepted++;
                assertThat(parsed).as(what).isEqualTo(Long.parseLong(Vectors.ok(incrby)));
                assertThat(RedisNumbers.parseLong(input)).isEqualTo(parsed);
            } else {
                assertThat(Vectors.err(incrby)).as(what).isEqualTo(Errors.NOT_INTEGER);
                assertThat(parsed).as(what).isNull();
                assertThatThrownBy(() -> RedisNumbers.parseLong(input)).isInstanceOf(RedisException.class)
                        .hasMessage(Errors.NOT_INTEGER);
            }
            String setrange = row[2];
            if (parsed == null) {
                assertThat(Vectors.err(setrange)).as(what).isEqualTo(Errors.NOT_INTEGER);
            } else if (parsed < 0) {
                assertThat(Vectors.err(setrange)).as(what).isEqualTo(RedisStrings.ERR_OFFSET_OUT_OF_RANGE);
            } else {
                assertThat(setrange).as(what).isEqualTo("OK:0");
            }
        }
        assertThat(accepted).isGreaterThan(500);
    }

    @Test
    void integerEdgeCases() {
        assertThat(RedisNumbers.parseLongOrNull(b("-9223372036854775808"))).isEqualTo(Long.MIN_VALUE);
        assertThat(RedisNumbers.parseLongOrNull(b("9223372036854775807"))).isEqualTo(Long.MAX_VALUE);
        for (String bad : new String[] {"9223372036854775808", "-9223372036854775809", "-0", "+1", "01", " 1", "1 ",
                "", "-", "1\0", "00000000000000000001"}) {
            assertThat(RedisNumbers.parseLongOrNull(b(bad))).as(bad).isNull();
        }
        assertThat(RedisNumbers.toBytes(-42)).isEqualTo(b("-42"));
    }

    /** doubles_parse.tsv column 2: ZADD acceptance and the ZSCORE of what was parsed. */
    @Test
    void doubleParsingMatchesRedisZadd() {
        List<String[]> rows = Vectors.rows("doubles_parse.tsv");
        assertThat(rows).hasSizeGreaterThan(2000);
        int accepted = 0;
        for (String[] row : rows) {
            byte[] input = Vectors.bytes(row[0]);
            String what = "input '" + Vectors.text(row[0]) + "'";
            Double parsed = RedisNumbers.parseDoubleOrNull(input);
            if (Vectors.ok(row[1]) != null) {
                accepted++;
                assertThat(parsed).as(what).isNotNull();
                assertThat(RedisDoubles.format(parsed)).as(what).isEqualTo(Vectors.ok(row[1]));
            } else {
                assertThat(Vectors.err(row[1])).as(what).isEqualTo(Errors.NOT_FLOAT);
                assertThat(parsed).as(what).isNull();
                assertThatThrownBy(() -> RedisNumbers.parseDouble(input)).hasMessage(Errors.NOT_FLOAT);
            }
        }
        assertThat(accepted).isGreaterThan(1000);
    }

    /** doubles_parse.tsv column 3: ZCOUNT's lenient strtod (zslParseRange) on the same inputs. */
    @Test
    void lenientRangeParsingMatchesRedisZcount() {
        List<String> header = Vectors.header("doubles_parse.tsv");
        String scoresText = header.get(0).replaceAll(".*\\(scores: (.*)\\)$", "$1");
        List<Double> scores = new ArrayList<>();
        for (String s : scoresText.split(" ")) {
            scores.add(RedisNumbers.parseDouble(b(s)));
        }
        assertThat(scores).hasSize(14);
        for (String[] row : Vectors.rows("doubles_parse.tsv")) {
            byte[] input = Vectors.bytes(row[0]);
            String what = "input '" + Vectors.text(row[0]) + "'";
            Double min = RedisNumbers.parseLenientDoubleOrNull(input);
            if (Vectors.ok(row[2]) != null) {
                assertThat(min).as(what).isNotNull();
                long count = scores.stream().filter(s -> s >= min).count();
                assertThat(count).as(what + " -> " + min).isEqualTo(Long.parseLong(Vectors.ok(row[2])));
            } else {
                assertThat(Vectors.err(row[2])).as(what).isEqualTo("ERR min or max is not a float");
                assertThat(min).as(what).isNull();
            }
        }
    }

    @Test
    void doubleEdgeCases() {
        assertThat(RedisNumbers.parseDoubleOrNull(b("inf"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RedisNumbers.parseDoubleOrNull(b("-Infinity"))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(RedisNumbers.parseDoubleOrNull(b("0x10"))).isEqualTo(16.0);
        assertThat(RedisNumbers.parseDoubleOrNull(b("-0"))).isEqualTo(-0.0);
        assertThat(1 / RedisNumbers.parseDoubleOrNull(b("-0"))).isNegative();
        assertThat(RedisNumbers.parseDoubleOrNull(b("3e-324"))).isEqualTo(Double.MIN_VALUE);
        assertThat(RedisNumbers.parseDoubleOrNull(b("1.7976931348623158e308"))).isEqualTo(Double.MAX_VALUE);
        for (String bad : new String[] {"nan", " 1", "1 ", "1e400", "1e-400", "2e-324", "1e", "1\0", ".", "", "0x",
                "1.7976931348623159e308", "infinit"}) {
            assertThat(RedisNumbers.parseDoubleOrNull(b(bad))).as(bad).isNull();
        }
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b(""))).isEqualTo(0.0);
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b(" 1"))).isEqualTo(1.0);
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b("1\0junk"))).isEqualTo(1.0);
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b("1e400"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b("-1e-400"))).isEqualTo(-0.0);
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b(" "))).isNull();
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b("1 "))).isNull();
        assertThat(RedisNumbers.parseLenientDoubleOrNull(b("nan"))).isNull();
    }

    /** Random decimal texts: our exact conversion agrees with Java's (correctly rounded) parser. */
    @Test
    void doubleConversionAgreesWithJavaOnRandomDecimals() {
        java.util.Random rnd = new java.util.Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextBoolean()) {
                sb.append('-');
            }
            int digits = 1 + rnd.nextInt(rnd.nextBoolean() ? 17 : 40);
            for (int i = 0; i < digits; i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextBoolean()) {
                sb.insert(sb.length() - rnd.nextInt(digits), '.');
            }
            sb.append('e').append(rnd.nextInt(700) - 350);
            String text = sb.toString();
            double expected = Double.parseDouble(text);
            Double actual = RedisNumbers.parseDoubleOrNull(b(text));
            if (Double.isInfinite(expected) || (expected == 0 && !text.matches("-?[0.]*e.*"))) {
                assertThat(actual).as(text).isNull();
            } else {
                assertThat(actual).as(text).isEqualTo(expected);
            }
        }
    }
}
