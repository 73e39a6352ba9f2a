/**
 * Pure geo math for the GEO commands, reproducing Redis 7.0.15 (no storage, no protocol code).
 *
 * <h2>How a handler uses it</h2>
 * <ul>
 *   <li><b>GEOADD</b>: parse lon/lat as doubles (unparsable or NaN: {@code ERR value is not a
 *       valid float}), check {@link org.redisonmysql.commands.geo.algo.GeoHash#isValid} (else
 *       {@link org.redisonmysql.commands.geo.algo.GeoHash#invalidPairError}), store
 *       {@link org.redisonmysql.commands.geo.algo.GeoHash#encode} as the sorted-set score.
 *   <li><b>GEOPOS</b>: {@link org.redisonmysql.commands.geo.algo.GeoHash#decode} of the score, each
 *       coordinate through {@link org.redisonmysql.commands.geo.algo.GeoFormat#formatCoordinate};
 *       a two-element array per member; a missing member (or key) gives a null array
 *       ({@code *-1}, RESP3 {@code _}).
 *   <li><b>GEOHASH</b>: {@link org.redisonmysql.commands.geo.algo.GeoHash#geohashString}; a null
 *       bulk string ({@code $-1}) for a missing member.
 *   <li><b>GEODIST</b>: decode both scores, {@link org.redisonmysql.commands.geo.algo.GeoDistance#distance},
 *       reply {@link org.redisonmysql.commands.geo.algo.GeoDistance#formatInUnit} as a bulk string
 *       in RESP2 and RESP3 alike (null bulk if a member or the key is missing).
 *   <li><b>GEOSEARCH / GEOSEARCHSTORE / GEORADIUS* </b>: build a
 *       {@link org.redisonmysql.commands.geo.algo.GeoShape} (FROMMEMBER: the member's decoded
 *       position; FROMLONLAT: the raw pair), then
 *       {@link org.redisonmysql.commands.geo.algo.GeoSearchArea#of}, scan its
 *       {@link org.redisonmysql.commands.geo.algo.GeoSearchArea#scoreRanges} in order (each
 *       ascending by score then member bytes) through
 *       {@link org.redisonmysql.commands.geo.algo.GeoSearchArea#collect} with
 *       {@code limit = ANY ? COUNT : 0}, and order/truncate with
 *       {@link org.redisonmysql.commands.geo.algo.GeoSort#select}.
 * </ul>
 *
 * <h2>Reply formats (RESP2)</h2>
 * <ul>
 *   <li>Distances (GEODIST, WITHDIST): bulk string, C {@code "%.4f"} of the distance divided by the
 *       unit's metres: {@code 166274.1516}, {@code 0.0000}.
 *   <li>Coordinates (GEOPOS, WITHCOORD): bulk strings, {@code "%.17Lf"} with trailing zeros and
 *       '.' removed, {@code -0} shown as {@code 0}: {@code 13.36138933897018433}, {@code 180},
 *       {@code 85.0511287799999991}. (RESP3 sends the same text as a double.)
 *   <li>WITHHASH: integer, the score as a 64-bit integer.
 *   <li>Search items: with no WITH option just the member name; otherwise an array of
 *       {@code [name, dist?, hash?, [lon, lat]?]} in that order, whatever the order of the options.
 *   <li>GEOSEARCHSTORE / STORE keep the stored score; STOREDIST stores {@code distance / unit
 *       metres} as a double (not rounded).
 * </ul>
 *
 * <h2>Known inexactness</h2>
 * Distances use Java's {@code Math.sin}/{@code Math.cos} and a correctly rounded arcsine instead
 * of glibc's functions; about 0.1-0.3% of distances differ from Redis's in the last bit (in the
 * captured vectors: 4 of 3183 stored distances, 11 of 3325 GEODIST pairs). That is visible only if
 * the distance sits within one ulp of a {@code %.4f} rounding boundary, of the search radius or box
 * edge, or of another candidate's distance (sort order); none of the captured replies differs.
 */
package org.redisonmysql.commands.geo.algo;
