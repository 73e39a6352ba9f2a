package org.redisonmysql.commands.geo;

import org.redisonmysql.commands.geo.algo.GeoShape;
import org.redisonmysql.commands.geo.algo.GeoSort;
import org.redisonmysql.commands.geo.algo.GeoUnit;

/**
 * What a GEOSEARCH / GEORADIUS call asks for once its arguments are parsed. {@code shape} is null
 * when the source key does not exist and the centre therefore could not be read (Redis then only
 * finishes parsing and answers empty).
 */
record GeoSearchRequest(GeoShape shape, GeoUnit unit, GeoSort.Order order, long count, boolean any,
        boolean withDist, boolean withHash, boolean withCoord, byte[] storeKey, boolean storeDist) {
}
