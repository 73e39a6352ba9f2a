package org.redisonmysql.commands.geo;

import com.google.inject.Inject;
import org.redisonmysql.commands.geo.algo.GeoDistance;
import org.redisonmysql.commands.geo.algo.GeoFormat;
import org.redisonmysql.commands.geo.algo.GeoHash;
import org.redisonmysql.commands.geo.algo.GeoUnit;
import org.redisonmysql.commands.zset.ZSetRepository;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** GEOPOS, GEOHASH and GEODIST: decoded views of members' scores. */
public final class GeoReadCommands {
    private GeoReadCommands() {
    }

    /** The scores of args[2..] on the key at args[1] (nulls where absent, all null without the key). */
    static List<Double> scores(ZSetRepository zsets, KeyScope scope, CommandArgs args) {
        List<byte[]> members = args.from(2);
        Long keyId = zsets.readKey(scope, args.get(1));
        if (keyId == null || members.isEmpty()) {
            List<Double> none = new ArrayList<>(members.size());
            members.forEach(m -> none.add(null));
            return none;
        }
        return zsets.scores(scope, keyId, members);
    }

    /** GEOPOS key member ...: [lon, lat] per member, a null array for a missing one. */
    public static final class GeoPos implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public GeoPos(ZSetRepository zsets) {
            this.zsets = requireNonNull(zsets, "zsets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Double> scores = scores(zsets, ctx.scope(), args);
            return out -> {
                out.arrayHeader(scores.size());
                for (Double s : scores) {
                    if (s == null) {
                        out.nullArray();
                    } else {
                        double[] xy = GeoHash.decode(s);
                        out.arrayHeader(2);
                        out.doubleText(GeoFormat.formatCoordinate(xy[0]));
                        out.doubleText(GeoFormat.formatCoordinate(xy[1]));
                    }
                }
            };
        }
    }

    /** GEOHASH key member ...: the 11-character geohash per member, a null bulk for a missing one. */
    public static final class GeoHashCommand implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public GeoHashCommand(ZSetRepository zsets) {
            this.zsets = requireNonNull(zsets, "zsets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Double> scores = scores(zsets, ctx.scope(), args);
            return out -> {
                out.arrayHeader(scores.size());
                for (Double s : scores) {
                    if (s == null) {
                        out.nullBulk();
                    } else {
                        out.bulk(GeoHash.geohashString(s));
                    }
                }
            };
        }
    }

    /** GEODIST key member1 member2 [unit]: the unit is checked before the key, as in Redis. */
    public static final class GeoDist implements CommandHandler {
        private final ZSetRepository zsets;

        @Inject
        public GeoDist(ZSetRepository zsets) {
            this.zsets = requireNonNull(zsets, "zsets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            GeoUnit unit = GeoUnit.M;
            if (args.size() == 5) {
                unit = GeoArgs.unit(args.get(4));
            } else if (args.size() > 5) {
                throw Errors.syntax();
            }
            KeyScope scope = ctx.scope();
            Long keyId = zsets.readKey(scope, args.get(1));
            if (keyId == null) {
                return Replies.NULL_BULK;
            }
            List<Double> s = zsets.scores(scope, keyId, List.of(args.get(2), args.get(3)));
            if (s.get(0) == null || s.get(1) == null) {
                return Replies.NULL_BULK;
            }
            double[] a = GeoHash.decode(s.get(0));
            double[] b = GeoHash.decode(s.get(1));
            return Replies.bulk(GeoDistance.formatInUnit(GeoDistance.distance(a[0], a[1], b[0], b[1]), unit));
        }
    }
}
