package org.redisonmysql.commands.geo.algo;

/**
 * Error texts of the GEO commands as Redis 7.0.15 sends them (without the leading '-'), captured
 * in {@code src/test/resources/geo/errors.tsv}. Generic ones (syntax error, wrong number of
 * arguments, WRONGTYPE, not a valid float, not an integer) are in core's {@code Errors}.
 *
 * <p>Notes on when they occur (observed):
 * <ul>
 *   <li>Longitude/latitude that do not parse as a double give {@code ERR value is not a valid
 *       float}; parsed but out of range give {@link GeoHash#invalidPairError}. NaN is a parse
 *       error; {@code inf} parses and is then out of range.
 *   <li>BYRADIUS / GEORADIUS radius, BYBOX width and height: unparsable, NaN or overflowing
 *       (strtod ERANGE, e.g. {@code 1e400}) give the "need numeric" errors; {@code inf} is
 *       accepted and matches everything.
 *   <li>A missing FROMMEMBER member, or a GEORADIUSBYMEMBER member, gives
 *       {@link #MEMBER_NOT_FOUND}; a missing key gives an empty array instead.
 *   <li>GEOADD with both XX and NX, with GT/LT, or with a dangling triple gives
 *       {@code ERR syntax error}.
 *   <li>A repeated FROMMEMBER in GEOSEARCH is not an error: the last one wins. FROMMEMBER and
 *       FROMLONLAT together, or BYRADIUS and BYBOX together, is {@code ERR syntax error}.
 * </ul>
 */
public final class GeoErrors {

    public static final String UNSUPPORTED_UNIT = GeoUnit.UNSUPPORTED_UNIT_ERROR;
    public static final String MEMBER_NOT_FOUND = "ERR could not decode requested zset member";
    public static final String RADIUS_NEGATIVE = "ERR radius cannot be negative";
    public static final String BOX_NEGATIVE = "ERR height or width cannot be negative";
    public static final String NEED_NUMERIC_RADIUS = "ERR need numeric radius";
    public static final String NEED_NUMERIC_WIDTH = "ERR need numeric width";
    public static final String NEED_NUMERIC_HEIGHT = "ERR need numeric height";
    public static final String COUNT_NOT_POSITIVE = "ERR COUNT must be > 0";
    public static final String ANY_WITHOUT_COUNT = "ERR the ANY argument requires COUNT argument";
    public static final String GEOSEARCH_NEEDS_ONE_FROM =
            "ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for GEOSEARCH";
    public static final String GEOSEARCH_NEEDS_ONE_BY =
            "ERR exactly one of BYRADIUS and BYBOX can be specified for GEOSEARCH";
    public static final String GEOSEARCHSTORE_WITH_OPTIONS =
            "ERR GEOSEARCHSTORE is not compatible with WITHDIST, WITHHASH and WITHCOORD options";
    public static final String GEORADIUS_STORE_WITH_OPTIONS =
            "ERR STORE option in GEORADIUS is not compatible with WITHDIST, WITHHASH and WITHCOORD options";

    private GeoErrors() {
    }

    /** {@code ERR invalid longitude,latitude pair <lon %f>,<lat %f>}. */
    public static String invalidPair(double lon, double lat) {
        return GeoHash.invalidPairError(lon, lat);
    }
}
