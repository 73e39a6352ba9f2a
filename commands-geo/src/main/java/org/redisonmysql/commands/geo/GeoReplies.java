package org.redisonmysql.commands.geo;

import org.redisonmysql.commands.geo.algo.GeoMatch;
import org.redisonmysql.commands.zset.ZEntry;
import org.redisonmysql.core.resp.Reply;

import java.util.List;

/**
 * A search's reply: member names alone, or per member {@code [name, dist?, hash?, [lon, lat]?]} in
 * that order whatever the order of the WITH options. Distances are bulk strings in RESP3 too;
 * coordinates are doubles there (Redis's addReplyHumanLongDouble).
 */
final class GeoReplies {
    private GeoReplies() {
    }

    static Reply matches(List<GeoMatch<ZEntry>> matches, GeoSearchRequest req) {
        int options = (req.withDist() ? 1 : 0) + (req.withHash() ? 1 : 0) + (req.withCoord() ? 1 : 0);
        return out -> {
            out.arrayHeader(matches.size());
            for (GeoMatch<ZEntry> m : matches) {
                if (options > 0) {
                    out.arrayHeader(options + 1);
                }
                out.bulk(m.member().member());
                if (req.withDist()) {
                    out.bulk(m.formatDistance(req.unit()));
                }
                if (req.withHash()) {
                    out.integer(m.hash());
                }
                if (req.withCoord()) {
                    out.arrayHeader(2);
                    out.doubleText(m.formatLon());
                    out.doubleText(m.formatLat());
                }
            }
        };
    }
}
