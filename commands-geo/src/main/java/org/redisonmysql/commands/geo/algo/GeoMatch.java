package org.redisonmysql.commands.geo.algo;

/**
 * A sorted-set member that passed a search's membership test.
 *
 * @param member the caller's member object (name, row, ...)
 * @param score the member's stored score
 * @param lon decoded longitude (what WITHCOORD prints)
 * @param lat decoded latitude (what WITHCOORD prints)
 * @param distance distance from the search centre in metres (the sort key; WITHDIST prints it
 *     divided by the shape's unit, see {@link #formatDistance(GeoUnit)})
 */
public record GeoMatch<T>(T member, double score, double lon, double lat, double distance) {

    /** WITHDIST's text: {@code "%.4f"} of the distance in the search unit. */
    public String formatDistance(GeoUnit unit) {
        return GeoFormat.formatDistance(unit.fromMetres(distance));
    }

    /** WITHHASH's integer: the score cast to a 64-bit integer. */
    public long hash() {
        return GeoHash.scoreToHashInteger(score);
    }

    /** WITHCOORD's longitude text. */
    public String formatLon() {
        return GeoFormat.formatCoordinate(lon);
    }

    /** WITHCOORD's latitude text. */
    public String formatLat() {
        return GeoFormat.formatCoordinate(lat);
    }
}
