package org.redisonmysql.commands.geo.algo;

/**
 * A search shape: a circle (BYRADIUS, GEORADIUS) or an axis-aligned box (BYBOX) around a centre.
 * Sizes are in {@code unit}, as the user gave them; the centre is FROMLONLAT's raw pair, or for
 * FROMMEMBER / GEORADIUSBYMEMBER the member's decoded position ({@link GeoHash#decode}).
 */
public record GeoShape(Kind kind, double centreLon, double centreLat, double radius, double width, double height,
        GeoUnit unit) {

    public enum Kind {
        RADIUS,
        BOX
    }

    public GeoShape {
        if (kind == null || unit == null) {
            throw new IllegalArgumentException("kind and unit are required");
        }
    }

    public static GeoShape radius(double centreLon, double centreLat, double radius, GeoUnit unit) {
        return new GeoShape(Kind.RADIUS, centreLon, centreLat, radius, 0, 0, unit);
    }

    public static GeoShape box(double centreLon, double centreLat, double width, double height, GeoUnit unit) {
        return new GeoShape(Kind.BOX, centreLon, centreLat, 0, width, height, unit);
    }

    /** Metres per unit (Redis's {@code conversion}). */
    public double conversion() {
        return unit.metres();
    }
}
