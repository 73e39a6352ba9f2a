package org.redisonmysql.commands.geo.algo;

/** The distance units of the GEO commands, with Redis's conversion factors to metres. */
public enum GeoUnit {
    M(1),
    KM(1000),
    FT(0.3048),
    MI(1609.34);

    /** Redis's reply to any other unit (without the leading '-'). */
    public static final String UNSUPPORTED_UNIT_ERROR = "ERR unsupported unit provided. please use M, KM, FT, MI";

    private final double metres;

    GeoUnit(double metres) {
        this.metres = metres;
    }

    /** Metres in one unit ({@code to_meter} / {@code conversion} in Redis). */
    public double metres() {
        return metres;
    }

    /** A distance in this unit converted to metres ({@code value * metres()}). */
    public double toMetres(double value) {
        return value * metres;
    }

    /** A distance in metres converted to this unit ({@code metres / metres()}, as Redis divides). */
    public double fromMetres(double distanceInMetres) {
        return distanceInMetres / metres;
    }

    /** ASCII case-insensitive parse of m, km, ft, mi (like C strcasecmp); {@code null} otherwise. */
    public static GeoUnit parse(String text) {
        for (GeoUnit unit : values()) {
            String name = unit.name();
            if (text.length() == name.length()) {
                boolean same = true;
                for (int i = 0; i < name.length() && same; i++) {
                    same = asciiLower(text.charAt(i)) == asciiLower(name.charAt(i));
                }
                if (same) {
                    return unit;
                }
            }
        }
        return null;
    }

    /** {@link #parse(String)} on the raw argument bytes. */
    public static GeoUnit parse(byte[] text) {
        char[] chars = new char[text.length];
        for (int i = 0; i < text.length; i++) {
            chars[i] = (char) (text[i] & 0xFF);
        }
        return parse(new String(chars));
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
