package org.redisonmysql.commands.geo.algo;

/**
 * Redis's geohash: the 52-bit sorted-set score of a position, its decoding back to the cell centre
 * that GEOPOS reports, the 11-character GEOHASH string, and coordinate validation.
 *
 * <p>Encoding: each coordinate is mapped to {@code (value - min) / (max - min) * 2^26}, truncated to
 * an unsigned 32-bit integer, and the two are interleaved (latitude bits on even positions,
 * longitude bits on odd positions), longitude range [-180, 180], latitude range
 * [-85.05112878, 85.05112878]. Like Redis, a longitude of exactly 180 or a latitude of exactly
 * 85.05112878 maps to {@code 2^26}, which does not fit in 26 bits: the score then has bit 53 and/or
 * bit 52 set (e.g. (180, 85.05112878) scores 13510798882111488). Such scores are kept, not clamped.
 */
public final class GeoHash {

    public static final double LON_MIN = -180;
    public static final double LON_MAX = 180;
    public static final double LAT_MIN = -85.05112878;
    public static final double LAT_MAX = 85.05112878;
    /** Bits per coordinate in a stored score. */
    public static final int STEP_MAX = 26;

    /** Latitude range of the standard geohash used by the GEOHASH command. */
    static final double STANDARD_LAT_MIN = -90;
    static final double STANDARD_LAT_MAX = 90;

    private static final char[] BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz".toCharArray();

    private GeoHash() {
    }

    /**
     * The range check GEOADD / FROMLONLAT / GEORADIUS apply after parsing both numbers. Like C, NaN
     * compares false and so passes: the caller's number parser must already have refused NaN
     * ({@code ERR value is not a valid float}). Infinities fail.
     */
    public static boolean isValid(double lon, double lat) {
        return !(lon < LON_MIN || lon > LON_MAX || lat < LAT_MIN || lat > LAT_MAX);
    }

    /**
     * Redis's error for an out-of-range pair, without the leading '-':
     * {@code ERR invalid longitude,latitude pair 200.000000,100.000000} (C {@code %f}; infinities
     * print as {@code inf} / {@code -inf}, huge values print every integer digit).
     */
    public static String invalidPairError(double lon, double lat) {
        return "ERR invalid longitude,latitude pair " + GeoFormat.formatFixed(lon, 6) + ","
                + GeoFormat.formatFixed(lat, 6);
    }

    /**
     * The score GEOADD stores for a valid position (see {@link #isValid}). The result is below
     * 2^52 except for the longitude-180 / latitude-max overflow described in the class comment.
     *
     * @throws IllegalArgumentException if the pair is out of range
     */
    public static long encode(double lon, double lat) {
        if (!isValid(lon, lat)) {
            throw new IllegalArgumentException(invalidPairError(lon, lat));
        }
        return encode(lon, lat, STEP_MAX, LON_MIN, LON_MAX, LAT_MIN, LAT_MAX);
    }

    /** The cell of the given step containing a valid position, in Redis's coordinate ranges. */
    public static GeoCell cellOf(double lon, double lat, int step) {
        if (!isValid(lon, lat)) {
            throw new IllegalArgumentException(invalidPairError(lon, lat));
        }
        return new GeoCell(encode(lon, lat, step, LON_MIN, LON_MAX, LAT_MIN, LAT_MAX), step);
    }

    static long encode(double lon, double lat, int step, double lonMin, double lonMax, double latMin,
            double latMax) {
        double latOffset = (lat - latMin) / (latMax - latMin);
        double lonOffset = (lon - lonMin) / (lonMax - lonMin);
        double scale = (double) (1L << step);
        latOffset *= scale;
        lonOffset *= scale;
        return interleave(toUint32(latOffset), toUint32(lonOffset));
    }

    /**
     * Decodes a stored score to the cell centre GEOPOS / WITHCOORD report: {@code {lon, lat}}.
     * The score goes through the same double-to-unsigned-64-bit conversion as Redis on x86-64
     * (fractions truncated; negative scores wrap; scores of 2^64 or more and +inf become 0; -inf
     * and values below -2^63 become 2^63), then out-of-range cells are clamped to the valid ranges.
     */
    public static double[] decode(double score) {
        return decodeBits(scoreToBits(score));
    }

    /** Decodes raw 52-bit (or wider) interleaved bits at step 26 to the clamped cell centre. */
    public static double[] decodeBits(long bits) {
        return decodeArea(bits, STEP_MAX, LON_MIN, LON_MAX, LAT_MIN, LAT_MAX).centre();
    }

    /**
     * The unsigned 64-bit integer Redis obtains from a score with a C {@code (uint64_t)} cast,
     * compiled for x86-64 (cvttsd2si; out-of-range values give 0x8000000000000000, and values of
     * 2^63 or more are converted after subtracting 2^63).
     */
    public static long scoreToBits(double score) {
        final double twoTo63 = 9.223372036854775808E18;
        if (score >= twoTo63) {
            return truncateToInt64(score - twoTo63) ^ Long.MIN_VALUE;
        }
        return truncateToInt64(score);
    }

    /**
     * The integer WITHHASH replies with: C's {@code (long long)} cast of the score (x86-64
     * semantics: truncation, out-of-range gives {@code Long.MIN_VALUE}).
     */
    public static long scoreToHashInteger(double score) {
        return truncateToInt64(score);
    }

    private static long truncateToInt64(double d) {
        if (d >= -9.223372036854775808E18 && d < 9.223372036854775808E18) {
            return (long) d;
        }
        return Long.MIN_VALUE; // NaN, infinities, out-of-range: x86-64's "integer indefinite"
    }

    static GeoArea decodeArea(long bits, int step, double lonMin, double lonMax, double latMin, double latMax) {
        long latIndex = squash(bits);
        long lonIndex = squash(bits >>> 1);
        double cells = (double) (1L << step);
        double latScale = latMax - latMin;
        double lonScale = lonMax - lonMin;
        // The +1 is computed in 32-bit unsigned arithmetic, as in Redis.
        double aLatMin = latMin + (latIndex * 1.0 / cells) * latScale;
        double aLatMax = latMin + (((latIndex + 1) & 0xFFFFFFFFL) * 1.0 / cells) * latScale;
        double aLonMin = lonMin + (lonIndex * 1.0 / cells) * lonScale;
        double aLonMax = lonMin + (((lonIndex + 1) & 0xFFFFFFFFL) * 1.0 / cells) * lonScale;
        return new GeoArea(aLonMin, aLonMax, aLatMin, aLatMax);
    }

    /**
     * The 11-character string GEOHASH returns for a stored score: the cell centre is re-encoded
     * with the standard geohash latitude range [-90, 90] at 26 bits per coordinate; the 52 bits
     * give 10 base32 characters (the lowest 2 bits are dropped) and an 11th character that is
     * always '0'.
     */
    public static String geohashString(double score) {
        double[] xy = decode(score);
        long bits = encode(xy[0], xy[1], STEP_MAX, LON_MIN, LON_MAX, STANDARD_LAT_MIN, STANDARD_LAT_MAX);
        char[] out = new char[11];
        for (int i = 0; i < 10; i++) {
            int index = (int) ((bits >>> (52 - (i + 1) * 5)) & 0x1F);
            out[i] = BASE32[index];
        }
        out[10] = BASE32[0];
        return new String(out);
    }

    /** C's {@code (uint32_t)} conversion of a non-negative double below 2^32 (truncation). */
    private static long toUint32(double d) {
        return truncateToInt64(d) & 0xFFFFFFFFL;
    }

    /** Spreads the low 32 bits of {@code v} over the even bit positions of a long. */
    static long spread(long v) {
        v &= 0xFFFFFFFFL;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }

    /** Inverse of {@link #spread}: gathers the even bit positions into the low 32 bits. */
    static long squash(long v) {
        v &= 0x5555555555555555L;
        v = (v | (v >>> 1)) & 0x3333333333333333L;
        v = (v | (v >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v >>> 4)) & 0x00FF00FF00FF00FFL;
        v = (v | (v >>> 8)) & 0x0000FFFF0000FFFFL;
        v = (v | (v >>> 16)) & 0x00000000FFFFFFFFL;
        return v;
    }

    /** Latitude index on even bits, longitude index on odd bits. */
    static long interleave(long latIndex, long lonIndex) {
        return spread(latIndex) | (spread(lonIndex) << 1);
    }
}
