package org.redisonmysql.commands.zset;

/**
 * Scores as order-preserving longs: MySQL's DOUBLE cannot hold inf/-inf, which Redis scores may be,
 * so the index orders {@code score_key} instead. Signed long order equals double order.
 */
final class ScoreCodec {
    private ScoreCodec() {
    }

    static long encode(double score) {
        long bits = Double.doubleToLongBits(score == 0 ? 0.0 : score);
        return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    }

    static double decode(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & 0x7fffffffffffffffL));
    }

    /** The readable DOUBLE column: NULL for the infinities MySQL cannot store. */
    static Double readable(double score) {
        return Double.isInfinite(score) ? null : (score == 0 ? 0.0 : score);
    }
}
