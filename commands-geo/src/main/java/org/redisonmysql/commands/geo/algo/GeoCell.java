package org.redisonmysql.commands.geo.algo;

/**
 * One geohash cell: {@code bits} holds {@code 2 * step} interleaved bits (latitude on the even
 * positions, longitude on the odd ones, most significant pair first), exactly like Redis's
 * {@code GeoHashBits}. A cell whose encoding overflowed (longitude exactly 180 or latitude exactly
 * the maximum, as Redis allows) may carry bits above {@code 2 * step}; they are kept as Redis keeps
 * them.
 *
 * <p>Neighbour moves wrap around modulo {@code 2^step} on each axis, east/west across the
 * antimeridian and, as in Redis, north/south from the top row to the bottom row.
 */
public record GeoCell(long bits, int step) {

    private static final long EVEN = 0x5555555555555555L; // latitude bits
    private static final long ODD = 0xAAAAAAAAAAAAAAAAL; // longitude bits

    public GeoCell {
        if (step < 1 || step > 32) {
            throw new IllegalArgumentException("step must be in 1..32: " + step);
        }
    }

    /** Smallest sorted-set score inside this cell (inclusive), i.e. {@code bits << (52 - 2*step)}. */
    public long minScore() {
        return bits << (52 - 2 * step);
    }

    /** First sorted-set score after this cell (exclusive), i.e. {@code (bits + 1) << (52 - 2*step)}. */
    public long maxScoreExclusive() {
        return (bits + 1) << (52 - 2 * step);
    }

    /** The score range of this cell. */
    public ScoreRange scoreRange() {
        return new ScoreRange(minScore(), maxScoreExclusive());
    }

    /** The cell's bounds in the Redis coordinate ranges (lat limited to +-85.05112878). */
    public GeoArea area() {
        return GeoHash.decodeArea(bits, step, GeoHash.LON_MIN, GeoHash.LON_MAX, GeoHash.LAT_MIN, GeoHash.LAT_MAX);
    }

    public GeoCell north() {
        return new GeoCell(moveLat(bits, step, 1), step);
    }

    public GeoCell south() {
        return new GeoCell(moveLat(bits, step, -1), step);
    }

    public GeoCell east() {
        return new GeoCell(moveLon(bits, step, 1), step);
    }

    public GeoCell west() {
        return new GeoCell(moveLon(bits, step, -1), step);
    }

    public GeoCell northEast() {
        return new GeoCell(moveLat(moveLon(bits, step, 1), step, 1), step);
    }

    public GeoCell northWest() {
        return new GeoCell(moveLat(moveLon(bits, step, -1), step, 1), step);
    }

    public GeoCell southEast() {
        return new GeoCell(moveLat(moveLon(bits, step, 1), step, -1), step);
    }

    public GeoCell southWest() {
        return new GeoCell(moveLat(moveLon(bits, step, -1), step, -1), step);
    }

    /*
     * Moving one cell along an axis: the axis' bits are isolated and incremented (or decremented)
     * as one number spread over every other bit position. Filling the gaps of the other axis with
     * ones lets the carry ripple through; masking to 2*step bits afterwards makes the move wrap.
     * The other axis' bits are left untouched (not masked), as Redis does.
     */
    static long moveLon(long bits, int step, int direction) {
        long lon = bits & ODD;
        long lat = bits & EVEN;
        long gaps = EVEN >>> (64 - 2 * step);
        if (direction > 0) {
            lon = lon + (gaps + 1);
        } else {
            lon = (lon | gaps) - (gaps + 1);
        }
        lon &= ODD >>> (64 - 2 * step);
        return lon | lat;
    }

    static long moveLat(long bits, int step, int direction) {
        long lon = bits & ODD;
        long lat = bits & EVEN;
        long gaps = ODD >>> (64 - 2 * step);
        if (direction > 0) {
            lat = lat + (gaps + 1);
        } else {
            lat = (lat | gaps) - (gaps + 1);
        }
        lat &= EVEN >>> (64 - 2 * step);
        return lon | lat;
    }
}
