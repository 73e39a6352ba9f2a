package org.redisonmysql.commands.zset;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.Arrays;

/** A score interval as Redis's {@code zslParseRange} reads it: numbers, inf, and {@code (} for exclusive. */
record ScoreRange(double min, boolean minExclusive, double max, boolean maxExclusive) {
    static final String NOT_FLOAT = "ERR min or max is not a float";

    static ScoreRange parse(byte[] min, byte[] max) {
        Bound lo = bound(min);
        Bound hi = bound(max);
        return new ScoreRange(lo.value, lo.exclusive, hi.value, hi.exclusive);
    }

    private record Bound(double value, boolean exclusive) {
    }

    private static Bound bound(byte[] arg) {
        boolean exclusive = arg.length > 0 && arg[0] == '(';
        byte[] text = exclusive ? Arrays.copyOfRange(arg, 1, arg.length) : arg;
        Double v = RedisNumbers.parseLenientDoubleOrNull(text);
        if (v == null || v.isNaN()) {
            throw error();
        }
        return new Bound(v, exclusive);
    }

    static RedisException error() {
        return Errors.of(NOT_FLOAT);
    }

    /** True when no score can fall in the range (Redis then answers without looking). */
    boolean isEmpty() {
        return min > max || (min == max && (minExclusive || maxExclusive));
    }

    boolean contains(double score) {
        return (minExclusive ? score > min : score >= min) && (maxExclusive ? score < max : score <= max);
    }
}
