package org.redisonmysql.commands.geo;

import org.redisonmysql.commands.geo.algo.GeoErrors;
import org.redisonmysql.commands.geo.algo.GeoHash;
import org.redisonmysql.commands.geo.algo.GeoUnit;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisNumbers;

/** Argument parsing shared by the geo commands, with Redis's error texts and order of checks. */
final class GeoArgs {
    private GeoArgs() {
    }

    /** Redis's {@code extractLongLatOrReply}: both numbers parsed first, then the range check. */
    static double[] lonLat(byte[] lonArg, byte[] latArg) {
        double lon = RedisNumbers.parseDouble(lonArg);
        double lat = RedisNumbers.parseDouble(latArg);
        if (!GeoHash.isValid(lon, lat)) {
            throw Errors.of(GeoErrors.invalidPair(lon, lat));
        }
        return new double[] {lon, lat};
    }

    /** A number with a command-specific error text (Redis's getDoubleFromObjectOrReply with a message). */
    static double number(byte[] arg, String error) {
        Double v = RedisNumbers.parseDoubleOrNull(arg);
        if (v == null) {
            throw Errors.of(error);
        }
        return v;
    }

    static GeoUnit unit(byte[] arg) {
        GeoUnit unit = GeoUnit.parse(arg);
        if (unit == null) {
            throw Errors.of(GeoErrors.UNSUPPORTED_UNIT);
        }
        return unit;
    }

    /** Radius and unit (Redis's {@code extractDistanceOrReply}). */
    static double radius(byte[] arg) {
        double r = number(arg, GeoErrors.NEED_NUMERIC_RADIUS);
        if (r < 0) {
            throw Errors.of(GeoErrors.RADIUS_NEGATIVE);
        }
        return r;
    }
}
