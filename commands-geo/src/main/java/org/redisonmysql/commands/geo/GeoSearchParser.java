package org.redisonmysql.commands.geo;

import org.redisonmysql.commands.geo.algo.GeoErrors;
import org.redisonmysql.commands.geo.algo.GeoShape;
import org.redisonmysql.commands.geo.algo.GeoSort;
import org.redisonmysql.commands.geo.algo.GeoUnit;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisNumbers;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Redis's {@code georadiusGeneric} argument handling, step for step: options are read left to
 * right and each one's error is raised as soon as it is met (a FROMMEMBER whose member is missing
 * fails before a later syntax error), then the cross-option checks run in Redis's order.
 */
final class GeoSearchParser {
    /** Which command: decides the positional arguments and which options exist. */
    enum Form {
        GEOSEARCH(2, true, false, true),
        GEOSEARCHSTORE(3, true, true, true),
        RADIUS(6, false, false, false),
        RADIUS_RO(6, false, false, true),
        BYMEMBER(5, false, false, false),
        BYMEMBER_RO(5, false, false, true);

        final int baseArgs;
        final boolean search;
        final boolean searchStore;
        final boolean noStore;

        Form(int baseArgs, boolean search, boolean searchStore, boolean noStore) {
            this.baseArgs = baseArgs;
            this.search = search;
            this.searchStore = searchStore;
            this.noStore = noStore;
        }

        int sourceIndex() {
            return this == GEOSEARCHSTORE ? 2 : 1;
        }
    }

    private GeoSearchParser() {
    }

    /**
     * @param memberPosition the decoded position of a member of the source key, throwing Redis's
     *     "could not decode" error when absent; null when the source key does not exist
     */
    static GeoSearchRequest parse(Form form, CommandArgs args, Function<byte[], double[]> memberPosition) {
        boolean keyExists = memberPosition != null;
        double[] centre = null;
        GeoShape.Kind kind = null;
        double radius = 0, width = 0, height = 0;
        GeoUnit unit = null;
        byte[] storeKey = form.searchStore ? args.get(1) : null;
        if (form == Form.RADIUS || form == Form.RADIUS_RO) {
            centre = GeoArgs.lonLat(args.get(2), args.get(3));
            radius = GeoArgs.radius(args.get(4));
            unit = GeoArgs.unit(args.get(5));
            kind = GeoShape.Kind.RADIUS;
        } else if ((form == Form.BYMEMBER || form == Form.BYMEMBER_RO) && keyExists) {
            // Without the key Redis skips the member and the radius: only the options are parsed.
            centre = memberPosition.apply(args.get(2));
            radius = GeoArgs.radius(args.get(3));
            unit = GeoArgs.unit(args.get(4));
            kind = GeoShape.Kind.RADIUS;
        }
        boolean withDist = false, withHash = false, withCoord = false, any = false, storeDist = false;
        boolean fromMember = false, fromLonLat = false, byRadius = false, byBox = false;
        GeoSort.Order order = GeoSort.Order.NONE;
        long count = 0;
        int base = form.baseArgs;
        int remaining = args.size() - base;
        for (int i = 0; i < remaining; i++) {
            int at = base + i;
            if (args.is(at, "withdist")) {
                withDist = true;
            } else if (args.is(at, "withhash")) {
                withHash = true;
            } else if (args.is(at, "withcoord")) {
                withCoord = true;
            } else if (args.is(at, "any")) {
                any = true;
            } else if (args.is(at, "asc")) {
                order = GeoSort.Order.ASC;
            } else if (args.is(at, "desc")) {
                order = GeoSort.Order.DESC;
            } else if (args.is(at, "count") && i + 1 < remaining) {
                count = RedisNumbers.parseLong(args.get(at + 1));
                if (count <= 0) {
                    throw Errors.of(GeoErrors.COUNT_NOT_POSITIVE);
                }
                i++;
            } else if ((args.is(at, "store") || args.is(at, "storedist")) && i + 1 < remaining
                    && !form.noStore && !form.search) {
                storeKey = args.get(at + 1);
                storeDist = args.is(at, "storedist");
                i++;
            } else if (args.is(at, "storedist") && form.search && form.searchStore) {
                storeDist = true;
            } else if (args.is(at, "frommember") && i + 1 < remaining && form.search && !fromLonLat) {
                if (keyExists) {
                    centre = memberPosition.apply(args.get(at + 1));
                }
                fromMember = true;
                i++;
            } else if (args.is(at, "fromlonlat") && i + 2 < remaining && form.search && !fromMember) {
                centre = GeoArgs.lonLat(args.get(at + 1), args.get(at + 2));
                fromLonLat = true;
                i += 2;
            } else if (args.is(at, "byradius") && i + 2 < remaining && form.search && !byBox) {
                radius = GeoArgs.radius(args.get(at + 1));
                unit = GeoArgs.unit(args.get(at + 2));
                kind = GeoShape.Kind.RADIUS;
                byRadius = true;
                i += 2;
            } else if (args.is(at, "bybox") && i + 3 < remaining && form.search && !byRadius) {
                width = GeoArgs.number(args.get(at + 1), GeoErrors.NEED_NUMERIC_WIDTH);
                height = GeoArgs.number(args.get(at + 2), GeoErrors.NEED_NUMERIC_HEIGHT);
                if (height < 0 || width < 0) {
                    throw Errors.of(GeoErrors.BOX_NEGATIVE);
                }
                unit = GeoArgs.unit(args.get(at + 3));
                kind = GeoShape.Kind.BOX;
                byBox = true;
                i += 3;
            } else {
                throw Errors.syntax();
            }
        }
        if (storeKey != null && (withDist || withHash || withCoord)) {
            throw Errors.of(form.searchStore ? GeoErrors.GEOSEARCHSTORE_WITH_OPTIONS
                    : GeoErrors.GEORADIUS_STORE_WITH_OPTIONS);
        }
        String name = new String(args.get(0), StandardCharsets.ISO_8859_1);
        if (form.search && !(fromMember || fromLonLat)) {
            throw Errors.of("ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for " + name);
        }
        if (form.search && !(byRadius || byBox)) {
            throw Errors.of("ERR exactly one of BYRADIUS and BYBOX can be specified for " + name);
        }
        if (any && count == 0) {
            throw Errors.of(GeoErrors.ANY_WITHOUT_COUNT);
        }
        GeoShape shape = !keyExists || centre == null ? null
                : new GeoShape(kind, centre[0], centre[1], radius, width, height, unit);
        return new GeoSearchRequest(shape, unit, order, count, any, withDist, withHash, withCoord, storeKey, storeDist);
    }
}
