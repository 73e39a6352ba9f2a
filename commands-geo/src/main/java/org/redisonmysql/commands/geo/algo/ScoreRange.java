package org.redisonmysql.commands.geo.algo;

/**
 * A half-open sorted-set score interval {@code [min, maxExclusive)}. Geo scores are integers held
 * in doubles; both bounds are exactly representable as doubles, so a caller may compare either as
 * {@code long} or as {@code double} ({@code min <= score && score < maxExclusive}).
 */
public record ScoreRange(long min, long maxExclusive) {

    public boolean contains(double score) {
        return score >= min && score < maxExclusive;
    }
}
