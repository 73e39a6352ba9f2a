package org.redisonmysql.commands.zset;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;

import java.util.Arrays;

/**
 * A member interval as Redis's {@code zslParseLexRange} reads it: {@code -} and {@code +} for the
 * extremes, {@code [} inclusive, {@code (} exclusive. A null bound with {@code infinite} set means
 * -inf for min and +inf for max.
 */
record LexRange(byte[] min, boolean minExclusive, boolean minInfinite, boolean minPlus,
                byte[] max, boolean maxExclusive, boolean maxInfinite, boolean maxMinus) {
    static final String NOT_VALID = "ERR min or max not valid string range item";

    static LexRange parse(byte[] min, byte[] max) {
        Item lo = item(min);
        Item hi = item(max);
        return new LexRange(lo.value, lo.exclusive, lo.minus, lo.plus, hi.value, hi.exclusive, hi.plus, hi.minus);
    }

    private record Item(byte[] value, boolean exclusive, boolean minus, boolean plus) {
    }

    private static Item item(byte[] arg) {
        if (arg.length == 0) {
            throw error();
        }
        switch (arg[0]) {
            case '+':
                if (arg.length != 1) {
                    throw error();
                }
                return new Item(null, false, false, true);
            case '-':
                if (arg.length != 1) {
                    throw error();
                }
                return new Item(null, false, true, false);
            case '(':
                return new Item(Arrays.copyOfRange(arg, 1, arg.length), true, false, false);
            case '[':
                return new Item(Arrays.copyOfRange(arg, 1, arg.length), false, false, false);
            default:
                throw error();
        }
    }

    static RedisException error() {
        return Errors.of(NOT_VALID);
    }

    /** Redis's {@code sdscmplex} (with {@code -}/{@code +} always exclusive) on the two bounds. */
    boolean isEmpty() {
        boolean aMin = minInfinite, aMax = minPlus, bMin = maxMinus, bMax = maxInfinite;
        int cmp;
        if ((aMin && bMin) || (aMax && bMax)) {
            cmp = 0;
        } else if (aMin || bMax) {
            cmp = -1;
        } else if (aMax || bMin) {
            cmp = 1;
        } else {
            cmp = Arrays.compareUnsigned(min, max);
        }
        boolean anyExclusive = minExclusive || maxExclusive || aMin || aMax || bMin || bMax;
        return cmp > 0 || (cmp == 0 && anyExclusive);
    }

    boolean gteMin(byte[] m) {
        if (minInfinite) {
            return true;
        }
        if (minPlus) {
            return false;
        }
        int c = Arrays.compareUnsigned(m, min);
        return minExclusive ? c > 0 : c >= 0;
    }

    boolean lteMax(byte[] m) {
        if (maxInfinite) {
            return true;
        }
        if (maxMinus) {
            return false;
        }
        int c = Arrays.compareUnsigned(m, max);
        return maxExclusive ? c < 0 : c <= 0;
    }

    boolean contains(byte[] m) {
        return gteMin(m) && lteMax(m);
    }
}
