package org.redisonmysql.core.util;

import org.redisonmysql.core.error.Errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An x87 80-bit extended-precision {@code long double} (64-bit significand, 15-bit exponent,
 * gradual underflow down to 2^-16445) as Redis 7.0 on x86-64 uses it for INCRBYFLOAT and
 * HINCRBYFLOAT: parsed like {@code string2ld} (glibc {@code strtold}, correctly rounded
 * half-even), added with one round-half-even rounding, and printed like {@code ld2string} in
 * human mode ({@code "%.17Lf"}, trailing zeros and a trailing dot removed, {@code "-0"} becomes
 * {@code "0"}). Immutable; the arithmetic is exact emulation with {@link BigInteger}.
 */
public final class RedisLongDouble {
    /** Redis's MAX_LONG_DOUBLE_CHARS: texts this long or longer are refused. */
    public static final int MAX_LONG_DOUBLE_CHARS = 5 * 1024;

    public static final String ERR_WOULD_PRODUCE_NAN_OR_INFINITY = "ERR increment would produce NaN or Infinity";
    public static final String ERR_VALUE_IS_NAN_OR_INFINITY = "ERR value is NaN or Infinity";
    public static final String ERR_HASH_VALUE_NOT_FLOAT = "ERR hash value is not a float";

    private static final int FINITE = 0;
    private static final int INFINITE = 1;
    private static final int NAN = 2;

    public static final RedisLongDouble ZERO = new RedisLongDouble(FINITE, false, BigInteger.ZERO, 0);
    private static final RedisLongDouble NOT_A_NUMBER = new RedisLongDouble(NAN, false, BigInteger.ZERO, 0);
    private static final BigInteger TEN_POW_17 = BigInteger.TEN.pow(17);

    private final int kind;
    private final boolean negative;
    /** |value| = mantissa * 2^exponent, mantissa < 2^64 (zero for zero). */
    private final BigInteger mantissa;
    private final int exponent;

    private RedisLongDouble(int kind, boolean negative, BigInteger mantissa, int exponent) {
        this.kind = kind;
        this.negative = negative;
        this.mantissa = mantissa;
        this.exponent = exponent;
    }

    private static RedisLongDouble infinity(boolean negative) {
        return new RedisLongDouble(INFINITE, negative, BigInteger.ZERO, 0);
    }

    /** A long, exactly (every long fits a 64-bit significand). */
    public static RedisLongDouble valueOf(long value) {
        if (value == 0) {
            return ZERO;
        }
        StrtodParser.Rounded r = StrtodParser.roundRational(
                BigInteger.valueOf(value).abs(), BigInteger.ONE, 0, StrtodParser.LONG_DOUBLE);
        return new RedisLongDouble(FINITE, value < 0, r.mantissa, r.exponent);
    }

    /**
     * Redis's {@code string2ld}, or null: length 1..5119, no leading whitespace, the whole text a
     * strtold number (decimal or hex; {@code inf}/{@code infinity} accepted, giving an infinite
     * value), NaN refused, overflow ({@code 1e5000}) and underflow to zero ({@code 1e-5000})
     * refused; embedded NUL bytes are refused.
     */
    public static RedisLongDouble parseOrNull(byte[] s) {
        if (s.length == 0 || s.length >= MAX_LONG_DOUBLE_CHARS || StrtodParser.isSpace(s[0])) {
            return null;
        }
        StrtodParser.Scanned n = StrtodParser.scan(s, 0, s.length);
        if (n == null) {
            return null;
        }
        if (n.infinite) {
            return infinity(n.negative);
        }
        if (n.isZero()) {
            return n.negative ? new RedisLongDouble(FINITE, true, BigInteger.ZERO, 0) : ZERO;
        }
        StrtodParser.Rounded r = StrtodParser.round(n, StrtodParser.LONG_DOUBLE);
        if (r.status != StrtodParser.Rounded.FINITE) {
            return null; // ERANGE with HUGE_VAL or zero
        }
        return new RedisLongDouble(FINITE, n.negative, r.mantissa, r.exponent);
    }

    /** {@link #parseOrNull}, or {@code ERR value is not a valid float}. */
    public static RedisLongDouble parse(byte[] s) {
        RedisLongDouble v = parseOrNull(s);
        if (v == null) {
            throw Errors.notFloat();
        }
        return v;
    }

    public boolean isFinite() {
        return kind == FINITE;
    }

    public boolean isInfinite() {
        return kind == INFINITE;
    }

    public boolean isNaN() {
        return kind == NAN;
    }

    /** {@code this + other} in x87 extended precision (round-half-even; inf - inf is NaN). */
    public RedisLongDouble add(RedisLongDouble other) {
        if (kind == NAN || other.kind == NAN) {
            return NOT_A_NUMBER;
        }
        if (kind == INFINITE || other.kind == INFINITE) {
            if (kind == INFINITE && other.kind == INFINITE && negative != other.negative) {
                return NOT_A_NUMBER;
            }
            return kind == INFINITE ? this : other;
        }
        if (mantissa.signum() == 0 && other.mantissa.signum() == 0) {
            return negative && other.negative ? this : ZERO;
        }
        if (mantissa.signum() == 0) {
            return other;
        }
        if (other.mantissa.signum() == 0) {
            return this;
        }
        int k = Math.min(exponent, other.exponent);
        BigInteger x = mantissa.shiftLeft(exponent - k);
        BigInteger y = other.mantissa.shiftLeft(other.exponent - k);
        BigInteger sum = (negative ? x.negate() : x).add(other.negative ? y.negate() : y);
        if (sum.signum() == 0) {
            return ZERO;
        }
        StrtodParser.Rounded r = StrtodParser.roundRational(sum.abs(), BigInteger.ONE, k, StrtodParser.LONG_DOUBLE);
        if (r.status == StrtodParser.Rounded.OVERFLOW) {
            return infinity(sum.signum() < 0);
        }
        // A nonzero sum of values on the 2^-16445 grid cannot underflow to zero.
        return new RedisLongDouble(FINITE, sum.signum() < 0, r.mantissa, r.exponent);
    }

    /** The exact value (finite values only). */
    public BigDecimal toBigDecimal() {
        if (kind != FINITE) {
            throw new ArithmeticException("not finite");
        }
        BigDecimal m = new BigDecimal(negative ? mantissa.negate() : mantissa);
        if (exponent >= 0) {
            return m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)));
        }
        return m.multiply(BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent))));
    }

    /**
     * {@code ld2string(LD_STR_HUMAN)}: C's {@code "%.17Lf"} (exact value rounded half-even to 17
     * decimals), then trailing zeros and a trailing '.' dropped, and {@code "-0"} turned into
     * {@code "0"}. Infinite values print {@code inf}/{@code -inf} (Redis never replies them here).
     */
    public String toHumanString() {
        if (kind == NAN) {
            return negative ? "-nan" : "nan";
        }
        if (kind == INFINITE) {
            return negative ? "-inf" : "inf";
        }
        String body;
        if (exponent >= 0) {
            body = mantissa.shiftLeft(exponent).toString();
        } else {
            BigInteger scaled = mantissa.multiply(TEN_POW_17);
            int shift = -exponent;
            BigInteger q = scaled.shiftRight(shift);
            BigInteger rem = scaled.subtract(q.shiftLeft(shift));
            int half = rem.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(shift));
            if (half > 0 || (half == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            StringBuilder digits = new StringBuilder(q.toString());
            while (digits.length() < 18) {
                digits.insert(0, '0');
            }
            int point = digits.length() - 17;
            int end = digits.length();
            while (end > point && digits.charAt(end - 1) == '0') {
                end--;
            }
            body = end == point ? digits.substring(0, point) : digits.substring(0, point) + "." + digits.substring(point, end);
        }
        if (negative && !body.equals("0")) {
            return "-" + body;
        }
        return body;
    }

    public byte[] toHumanBytes() {
        return toHumanString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * INCRBYFLOAT after the key's type was checked: {@code current} is the stored string (null
     * when the key is missing; an integer-encoded value as its decimal text). Returns the new
     * string to store and reply. Errors: {@code ERR value is not a valid float} (stored value or
     * increment), {@link #ERR_WOULD_PRODUCE_NAN_OR_INFINITY}.
     */
    public static byte[] incrByFloat(byte[] current, byte[] increment) {
        RedisLongDouble value = current == null ? ZERO : parse(current);
        RedisLongDouble incr = parse(increment);
        RedisLongDouble sum = value.add(incr);
        if (!sum.isFinite()) {
            throw Errors.of(ERR_WOULD_PRODUCE_NAN_OR_INFINITY);
        }
        return sum.toHumanBytes();
    }

    /**
     * HINCRBYFLOAT's increment, checked before the key is even looked up:
     * {@code ERR value is not a valid float}, then {@link #ERR_VALUE_IS_NAN_OR_INFINITY} for
     * {@code inf}.
     */
    public static RedisLongDouble parseHashIncrement(byte[] increment) {
        RedisLongDouble incr = parse(increment);
        if (!incr.isFinite()) {
            throw Errors.of(ERR_VALUE_IS_NAN_OR_INFINITY);
        }
        return incr;
    }

    /**
     * HINCRBYFLOAT after the increment was parsed and the key's type checked: {@code current} is
     * the field's value (null when the field is missing). Returns the new value to store and
     * reply. Errors: {@link #ERR_HASH_VALUE_NOT_FLOAT}, {@link #ERR_WOULD_PRODUCE_NAN_OR_INFINITY}.
     */
    public static byte[] hincrByFloat(byte[] current, RedisLongDouble increment) {
        RedisLongDouble value = ZERO;
        if (current != null) {
            value = parseOrNull(current);
            if (value == null) {
                throw Errors.of(ERR_HASH_VALUE_NOT_FLOAT);
            }
        }
        RedisLongDouble sum = value.add(increment);
        if (!sum.isFinite()) {
            throw Errors.of(ERR_WOULD_PRODUCE_NAN_OR_INFINITY);
        }
        return sum.toHumanBytes();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RedisLongDouble)) {
            return false;
        }
        RedisLongDouble that = (RedisLongDouble) o;
        return kind == that.kind && negative == that.negative && exponent == that.exponent
                && mantissa.equals(that.mantissa);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, negative, mantissa, exponent);
    }

    @Override
    public String toString() {
        return toHumanString();
    }
}
