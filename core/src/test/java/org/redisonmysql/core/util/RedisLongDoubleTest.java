package org.redisonmysql.core.util;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisLongDoubleTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String incrbyfloat(byte[] current, byte[] incr) {
        try {
            return "OK:" + s(RedisLongDouble.incrByFloat(current, incr));
        } catch (RedisException e) {
            return "ERR:" + e.getMessage();
        }
    }

    private static String hincrbyfloat(byte[] current, byte[] incr) {
        try {
            RedisLongDouble increment = RedisLongDouble.parseHashIncrement(incr);
            return "OK:" + s(RedisLongDouble.hincrByFloat(current, increment));
        } catch (RedisException e) {
            return "ERR:" + e.getMessage();
        }
    }

    /** incrbyfloat.tsv: random INCRBYFLOAT/HINCRBYFLOAT sequences on real Redis 7.0.15. */
    @Test
    void incrByFloatMatchesRedis() {
        List<String[]> rows = Vectors.rows("incrbyfloat.tsv");
        assertThat(rows).hasSizeGreaterThan(1500);
        int ok = 0;
        for (String[] row : rows) {
            byte[] current = row[0].equals("-") ? null : Vectors.bytes(row[0]);
            byte[] incr = Vectors.bytes(row[1]);
            String what = "stored '" + (current == null ? "(none)" : s(current)) + "' + '" + s(incr) + "'";
            assertThat(incrbyfloat(current, incr)).as("INCRBYFLOAT " + what).isEqualTo(row[2]);
            assertThat(hincrbyfloat(current, incr)).as("HINCRBYFLOAT " + what).isEqualTo(row[3]);
            if (row[2].startsWith("OK:")) {
                ok++;
            }
        }
        assertThat(ok).isGreaterThan(1000);
    }

    @Test
    void knownResults() {
        assertThat(incrbyfloat(b("0.1"), b("0.2"))).isEqualTo("OK:0.3");
        assertThat(incrbyfloat(null, b("1e-20"))).isEqualTo("OK:0");
        assertThat(incrbyfloat(null, b("-1e-20"))).isEqualTo("OK:0");
        assertThat(incrbyfloat(null, b("0.000000000000000015"))).isEqualTo("OK:0.00000000000000002");
        assertThat(incrbyfloat(b("10.5"), b("0.1"))).isEqualTo("OK:10.6");
        assertThat(incrbyfloat(b("5.0e3"), b("2.0e2"))).isEqualTo("OK:5200");
        assertThat(incrbyfloat(null, b("1e400"))).startsWith("OK:10000000000000000000281880683947586514586");
        assertThat(incrbyfloat(null, b("1e400")).length()).isEqualTo(3 + 401);
        assertThat(incrbyfloat(b("1e4932"), b("1e4932"))).isEqualTo("ERR:" + RedisLongDouble.ERR_WOULD_PRODUCE_NAN_OR_INFINITY);
        assertThat(incrbyfloat(b("1e4932"), b("-1e4932"))).isEqualTo("OK:0");
        assertThat(incrbyfloat(null, b("inf"))).isEqualTo("ERR:ERR increment would produce NaN or Infinity");
        assertThat(incrbyfloat(b("inf"), b("0"))).isEqualTo("ERR:ERR increment would produce NaN or Infinity");
        assertThat(incrbyfloat(b("abc"), b("inf"))).isEqualTo("ERR:" + Errors.NOT_FLOAT);
        assertThat(incrbyfloat(null, b("nan"))).isEqualTo("ERR:" + Errors.NOT_FLOAT);
        assertThat(hincrbyfloat(null, b("inf"))).isEqualTo("ERR:ERR value is NaN or Infinity");
        assertThat(hincrbyfloat(b("abc"), b("1"))).isEqualTo("ERR:ERR hash value is not a float");
        assertThat(hincrbyfloat(b("abc"), b("x"))).isEqualTo("ERR:" + Errors.NOT_FLOAT);
        assertThat(hincrbyfloat(b("inf"), b("0"))).isEqualTo("ERR:ERR increment would produce NaN or Infinity");
    }

    @Test
    void parseLimits() {
        assertThat(RedisLongDouble.parseOrNull(b("0".repeat(5119)))).isEqualTo(RedisLongDouble.ZERO);
        assertThat(RedisLongDouble.parseOrNull(b("0".repeat(5120)))).isNull();
        assertThat(RedisLongDouble.parseOrNull(b("1.18973149535723176502e4932"))).isNotNull();
        assertThat(RedisLongDouble.parseOrNull(b("1.18973149535723176503e4932")))
                .isEqualTo(RedisLongDouble.parseOrNull(b("1.18973149535723176502e4932")));
        assertThat(RedisLongDouble.parseOrNull(b("1.18973149535723176508e4932"))).isNull();
        assertThat(RedisLongDouble.parseOrNull(b("0x1p-16445"))).isNotNull();
        assertThat(RedisLongDouble.parseOrNull(b("0x1p-16446"))).isNull(); // tie to even: zero, ERANGE
        assertThat(RedisLongDouble.parseOrNull(b("0x1.8p-16446"))).isNotNull();
        assertThat(RedisLongDouble.parseOrNull(b("1.8e-4951"))).isNull();
        assertThat(RedisLongDouble.parseOrNull(b("1.9e-4951"))).isNotNull();
        assertThat(RedisLongDouble.parseOrNull(b("1\0"))).isNull();
        assertThat(RedisLongDouble.parseOrNull(b(" 1"))).isNull();
        assertThat(RedisLongDouble.parseOrNull(b("inf")).isInfinite()).isTrue();
        assertThat(RedisLongDouble.valueOf(Long.MIN_VALUE).toHumanString()).isEqualTo("-9223372036854775808");
        assertThat(RedisLongDouble.valueOf(123)).isEqualTo(RedisLongDouble.parseOrNull(b("123.0")));
        assertThatThrownBy(() -> RedisLongDouble.parse(b("x"))).hasMessage(Errors.NOT_FLOAT);
    }

    @Test
    void arithmeticIsEightyBit() {
        // 2^64 + 1 is not representable in 64 bits of significand: the sum rounds to even.
        RedisLongDouble big = RedisLongDouble.parse(b("18446744073709551616"));
        assertThat(big.add(RedisLongDouble.valueOf(1)).toHumanString()).isEqualTo("18446744073709551616");
        assertThat(big.add(RedisLongDouble.valueOf(3)).toHumanString()).isEqualTo("18446744073709551620");
        // but 2^63 + 1 is exact (a double would lose it)
        RedisLongDouble mid = RedisLongDouble.parse(b("9223372036854775808"));
        assertThat(mid.add(RedisLongDouble.valueOf(1)).toHumanString()).isEqualTo("9223372036854775809");
        assertThat(RedisLongDouble.parse(b("0.1")).toBigDecimal().toPlainString())
                .isEqualTo("0.1000000000000000000013552527156068805425093160010874271392822265625");
    }
}
