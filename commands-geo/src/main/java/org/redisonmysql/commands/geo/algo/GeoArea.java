package org.redisonmysql.commands.geo.algo;

/** Bounds of a geohash cell, in degrees. */
public record GeoArea(double lonMin, double lonMax, double latMin, double latMax) {

    /**
     * The cell centre as Redis reports it (GEOPOS, WITHCOORD): the middle of each range, clamped to
     * [-180, 180] and [-85.05112878, 85.05112878]. Returns {@code {longitude, latitude}}.
     */
    public double[] centre() {
        double lon = (lonMin + lonMax) / 2;
        if (lon > GeoHash.LON_MAX) {
            lon = GeoHash.LON_MAX;
        }
        if (lon < GeoHash.LON_MIN) {
            lon = GeoHash.LON_MIN;
        }
        double lat = (latMin + latMax) / 2;
        if (lat > GeoHash.LAT_MAX) {
            lat = GeoHash.LAT_MAX;
        }
        if (lat < GeoHash.LAT_MIN) {
            lat = GeoHash.LAT_MIN;
        }
        return new double[] {lon, lat};
    }
}
