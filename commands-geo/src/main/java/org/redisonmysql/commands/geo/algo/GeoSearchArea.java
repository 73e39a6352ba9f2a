package org.redisonmysql.commands.geo.algo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The part of a GEOSEARCH / GEORADIUS that decides which members are found, in which order they
 * are found, and what distance each gets, reproducing Redis 7.0:
 *
 * <ol>
 *   <li>A bounding box of the shape is computed (for a box: half width / half height; for a circle:
 *       the radius both ways), the longitude half-extent taken at the box's edge nearer the pole.
 *   <li>A geohash precision ("step") is estimated from the radius (for a box: the half
 *       diagonal), lowered by one above 66 degrees of latitude and by two above 80.
 *   <li>The centre's cell at that step and its 8 neighbours are computed (neighbours wrap, also
 *       across the poles). If one of the N/S/E/W neighbours does not reach the bounding box's edge,
 *       the step is lowered by one more and the 9 cells recomputed.
 *   <li>For step 2 and more, neighbours on a side the centre cell already covers beyond the
 *       bounding box are dropped.
 *   <li>The remaining cells are visited in the order centre, N, S, E, W, NE, NW, SE, SW, skipping a
 *       cell identical to the previously visited one (only the previous one: Redis does not
 *       de-duplicate further). Each cell is a score range {@code [min, max)} scanned in ascending
 *       sorted-set order (score, then member bytes).
 *   <li>Every scanned member is decoded to its cell centre and tested: circle: distance from the
 *       centre {@code <=} radius in metres; box: the meridian distance between the latitudes
 *       {@code <=} height/2 and the distance along the member's own parallel between the longitudes
 *       {@code <=} width/2. The distance kept (and sorted on) is always the great-circle distance
 *       from the centre.
 * </ol>
 *
 * <p>A member can appear twice in the found list when two non-consecutive cells are identical,
 * exactly as in Redis (this needs a huge radius). See {@link GeoSort} for the final ordering.
 */
public final class GeoSearchArea {

    /** Redis's MERCATOR_MAX, used to estimate the precision. */
    static final double MERCATOR_MAX = 20037726.37;

    /** Names of the nine cells, in visiting order. */
    public static final List<String> CELL_NAMES =
            List.of("centre", "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west");

    private final GeoShape shape;
    private final double minLon;
    private final double minLat;
    private final double maxLon;
    private final double maxLat;
    private final int step;
    private final GeoCell[] cells;
    private final List<ScoreRange> ranges;

    private GeoSearchArea(GeoShape shape) {
        this.shape = shape;
        double conversion = shape.conversion();
        boolean circle = shape.kind() == GeoShape.Kind.RADIUS;
        double lon = shape.centreLon();
        double lat = shape.centreLat();

        // Bounding box.
        double height = conversion * (circle ? shape.radius() : shape.height() / 2);
        double width = conversion * (circle ? shape.radius() : shape.width() / 2);
        double latDelta = GeoDistance.radDeg(height / GeoDistance.EARTH_RADIUS_IN_METERS);
        double lonDeltaTop = GeoDistance.radDeg(
                width / GeoDistance.EARTH_RADIUS_IN_METERS / GeoMath.cos(GeoDistance.degRad(lat + latDelta)));
        double lonDeltaBottom = GeoDistance.radDeg(
                width / GeoDistance.EARTH_RADIUS_IN_METERS / GeoMath.cos(GeoDistance.degRad(lat - latDelta)));
        boolean southern = lat < 0;
        this.minLon = southern ? lon - lonDeltaBottom : lon - lonDeltaTop;
        this.maxLon = southern ? lon + lonDeltaBottom : lon + lonDeltaTop;
        this.minLat = lat - latDelta;
        this.maxLat = lat + latDelta;

        // Precision.
        double radiusMeters = circle ? shape.radius()
                : Math.sqrt((shape.width() / 2) * (shape.width() / 2) + (shape.height() / 2) * (shape.height() / 2));
        radiusMeters *= conversion;
        int steps = estimateSteps(radiusMeters, lat);

        GeoCell centre = encodeCentre(lon, lat, steps);
        GeoArea north = centre.north().area();
        GeoArea south = centre.south().area();
        GeoArea east = centre.east().area();
        GeoArea west = centre.west().area();
        boolean decrease = north.latMax() < maxLat || south.latMin() > minLat
                || east.lonMax() < maxLon || west.lonMin() > minLon;
        if (steps > 1 && decrease) {
            steps--;
            centre = encodeCentre(lon, lat, steps);
        }
        this.step = steps;

        GeoCell[] nine = {
            centre, centre.north(), centre.south(), centre.east(), centre.west(),
            centre.northEast(), centre.northWest(), centre.southEast(), centre.southWest()
        };
        if (steps >= 2) {
            GeoArea area = centre.area();
            if (area.latMin() < minLat) {
                nine[2] = null; // south
                nine[8] = null; // south-west
                nine[7] = null; // south-east
            }
            if (area.latMax() > maxLat) {
                nine[1] = null; // north
                nine[5] = null; // north-east
                nine[6] = null; // north-west
            }
            if (area.lonMin() < minLon) {
                nine[4] = null; // west
                nine[8] = null; // south-west
                nine[6] = null; // north-west
            }
            if (area.lonMax() > maxLon) {
                nine[3] = null; // east
                nine[7] = null; // south-east
                nine[5] = null; // north-east
            }
        }
        this.cells = nine;

        List<ScoreRange> list = new ArrayList<>(9);
        GeoCell previous = null;
        for (GeoCell cell : nine) {
            if (cell == null) {
                continue;
            }
            if (previous != null && previous.equals(cell)) {
                continue;
            }
            list.add(cell.scoreRange());
            previous = cell;
        }
        this.ranges = Collections.unmodifiableList(list);
    }

    /**
     * Computes the covering cells of a shape. The centre must be a valid position
     * ({@link GeoHash#isValid}); sizes must be non-negative (Redis refuses negative ones earlier).
     */
    public static GeoSearchArea of(GeoShape shape) {
        return new GeoSearchArea(shape);
    }

    private static GeoCell encodeCentre(double lon, double lat, int steps) {
        return new GeoCell(GeoHash.encode(lon, lat, steps, GeoHash.LON_MIN, GeoHash.LON_MAX, GeoHash.LAT_MIN,
                GeoHash.LAT_MAX), steps);
    }

    /** Redis's {@code geohashEstimateStepsByRadius}: the cell precision for a radius in metres. */
    public static int estimateSteps(double rangeMeters, double lat) {
        if (rangeMeters == 0) {
            return 26;
        }
        int step = 1;
        while (rangeMeters < MERCATOR_MAX) {
            rangeMeters *= 2;
            step++;
        }
        step -= 2;
        if (lat > 66 || lat < -66) {
            step--;
            if (lat > 80 || lat < -80) {
                step--;
            }
        }
        if (step < 1) {
            step = 1;
        }
        if (step > 26) {
            step = 26;
        }
        return step;
    }

    public GeoShape shape() {
        return shape;
    }

    /** The precision (bits per coordinate) of the cells finally used. */
    public int step() {
        return step;
    }

    /** {@code {minLon, minLat, maxLon, maxLat}} of the bounding box. */
    public double[] boundingBox() {
        return new double[] {minLon, minLat, maxLon, maxLat};
    }

    /**
     * The nine cells in visiting order (see {@link #CELL_NAMES}); an entry is {@code null} where
     * Redis dropped the neighbour as useless.
     */
    public List<GeoCell> cells() {
        List<GeoCell> out = new ArrayList<>(9);
        Collections.addAll(out, cells);
        return Collections.unmodifiableList(out);
    }

    /**
     * The score ranges to scan, in order: one per kept cell, minus cells equal to the previously
     * kept one. Each range must be scanned in ascending (score, member) order, members compared as
     * unsigned bytes (memcmp; a database needs a binary collation). They may overlap (or repeat)
     * when cells repeat non-consecutively; scanning each is what Redis does.
     *
     * <p>A caller fetching all ranges in one query must keep the found order: range index, then
     * score, then member, and must return a member once per range that contains it. Scores of
     * members stored by GEOADD are integers, but a sorted set written with ZADD may hold any
     * double: a range test on doubles ({@link ScoreRange#contains}) is what Redis applies.
     */
    public List<ScoreRange> scoreRanges() {
        return ranges;
    }

    /**
     * Redis's membership test for one stored score. Returns the member's decoded position and its
     * distance from the centre, or {@code null} when the member is outside the shape.
     */
    public GeoMatch<Void> test(double score) {
        return test(null, score);
    }

    /** {@link #test(double)} carrying the caller's member object. */
    public <T> GeoMatch<T> test(T member, double score) {
        double[] xy = GeoHash.decode(score);
        double lon = xy[0];
        double lat = xy[1];
        double cLon = shape.centreLon();
        double cLat = shape.centreLat();
        double conversion = shape.conversion();
        double distance;
        if (shape.kind() == GeoShape.Kind.RADIUS) {
            distance = GeoDistance.distance(cLon, cLat, lon, lat);
            if (distance > shape.radius() * conversion) {
                return null;
            }
        } else {
            double widthM = shape.width() * conversion;
            double heightM = shape.height() * conversion;
            if (GeoDistance.latitudeDistance(lat, cLat) > heightM / 2) {
                return null;
            }
            if (GeoDistance.distance(lon, lat, cLon, lat) > widthM / 2) {
                return null;
            }
            distance = GeoDistance.distance(cLon, cLat, lon, lat);
        }
        return new GeoMatch<>(member, score, lon, lat, distance);
    }

    /**
     * Runs the whole scan the way Redis does: every range of {@link #scoreRanges()} in order, each
     * member tested with {@link #test}, and — when {@code limit > 0} (COUNT n ANY) — stopping as
     * soon as {@code limit} members have been found. Without ANY pass {@code limit = 0}: Redis then
     * collects every match before sorting and truncating.
     *
     * @param scan returns the members whose score is in the range, ascending by score and then by
     *     member bytes (the sorted-set order); it is called lazily, range by range
     * @param scoreOf the stored score of a member returned by {@code scan}
     * @return the matches in the order Redis finds them
     */
    public <T> List<GeoMatch<T>> collect(Function<ScoreRange, ? extends Iterable<? extends T>> scan,
            ToDoubleFunction<? super T> scoreOf, long limit) {
        List<GeoMatch<T>> found = new ArrayList<>();
        for (ScoreRange range : ranges) {
            if (limit > 0 && found.size() >= limit) {
                break;
            }
            for (T member : scan.apply(range)) {
                GeoMatch<T> match = test(member, scoreOf.applyAsDouble(member));
                if (match != null) {
                    found.add(match);
                }
                if (limit > 0 && found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }
}
