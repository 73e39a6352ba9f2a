package org.redisonmysql.commands.geo.algo;

/**
 * Redis's great-circle distance: the haversine formula on a sphere of radius 6372797.560856 m,
 * evaluated in the same order of double operations as Redis 7.0, including its shortcut for equal
 * longitudes (then only the latitude difference counts: {@code R * |lat2 - lat1|} in radians).
 */
public final class GeoDistance {

    /** Redis's earth radius (quadratic mean radius of WGS-84), in metres. */
    public static final double EARTH_RADIUS_IN_METERS = 6372797.560856;

    /** Degrees to radians: C's {@code M_PI / 180.0}. */
    static final double D_R = Math.PI / 180.0;

    private GeoDistance() {
    }

    static double degRad(double degrees) {
        return degrees * D_R;
    }

    static double radDeg(double radians) {
        return radians / D_R;
    }

    /**
     * Distance in metres between two positions given as (longitude, latitude) in degrees, as
     * GEODIST computes it between the two decoded member positions.
     */
    public static double distance(double lon1, double lat1, double lon2, double lat2) {
        double lon1r = degRad(lon1);
        double lon2r = degRad(lon2);
        double v = GeoMath.sin((lon2r - lon1r) / 2);
        if (v == 0.0) {
            return latitudeDistance(lat1, lat2);
        }
        double lat1r = degRad(lat1);
        double lat2r = degRad(lat2);
        double u = GeoMath.sin((lat2r - lat1r) / 2);
        double a = u * u + GeoMath.cos(lat1r) * GeoMath.cos(lat2r) * v * v;
        return 2.0 * EARTH_RADIUS_IN_METERS * GeoMath.asin(Math.sqrt(a));
    }

    /** Distance in metres along a meridian: {@code R * |rad(lat2) - rad(lat1)|}. */
    public static double latitudeDistance(double lat1, double lat2) {
        return EARTH_RADIUS_IN_METERS * Math.abs(degRad(lat2) - degRad(lat1));
    }

    /** GEODIST's reply text for a distance in metres: converted to the unit, then {@code "%.4f"}. */
    public static String formatInUnit(double distanceInMetres, GeoUnit unit) {
        return GeoFormat.formatDistance(unit.fromMetres(distanceInMetres));
    }
}
