package org.redisonmysql.it.geo;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.differential.DifferentialHarness;
import org.redisonmysql.it.differential.RealRedis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A geo key written by real Redis with GEOADD, copied here with ZADD of the scores real Redis
 * reports (ZRANGE WITHSCORES), answers the geo commands exactly as the original key does there.
 */
class GeoCopiedFromRedisTest {

    @Test
    void copiedGeoKeyAnswersLikeTheOriginal() throws IOException {
        Random r = new Random(7L);
        try (DifferentialHarness h = DifferentialHarness.open();
                RawClient redis = new RawClient(RealRedis.shared().port())) {
            redis.send(RawClient.command("SELECT", "9"));
            redis.readReply();
            redis.send(RawClient.command("DEL", "src"));
            redis.readReply();
            List<String> add = new ArrayList<>(List.of("GEOADD", "src"));
            for (int i = 0; i < 500; i++) {
                double[] p = GeoRandomDifferentialTest.point(r);
                add.add(GeoRandomDifferentialTest.fmt(p[0]));
                add.add(GeoRandomDifferentialTest.fmt(p[1]));
                add.add("m" + i);
            }
            add.addAll(List.of("180", "85.05112878", "corner", "-180", "-85.05112878", "corner2"));
            redis.send(RawClient.command(add.toArray(new String[0])));
            redis.readReply();
            redis.send(RawClient.command("ZRANGE", "src", "0", "-1", "WITHSCORES"));
            List<String> flat = bulks(redis.readReply());
            List<String> zadd = new ArrayList<>(List.of("ZADD", "copy"));
            for (int i = 0; i < flat.size(); i += 2) {
                zadd.add(flat.get(i + 1));
                zadd.add(flat.get(i));
            }
            h.run(zadd.toArray(new String[0]));
            List<String[]> queries = new ArrayList<>();
            queries.add(new String[] {"ZRANGE", "KEY", "0", "-1", "WITHSCORES"});
            queries.add(new String[] {"GEOPOS", "KEY", "m0", "m1", "m2", "corner", "corner2", "none"});
            queries.add(new String[] {"GEOHASH", "KEY", "m0", "m1", "m2", "corner", "corner2", "none"});
            queries.add(new String[] {"GEODIST", "KEY", "m0", "m1", "km"});
            queries.add(new String[] {"GEODIST", "KEY", "corner", "corner2"});
            for (int i = 0; i < 60; i++) {
                String m = "m" + r.nextInt(500);
                queries.add(new String[] {"GEOSEARCH", "KEY", "FROMMEMBER", m, "BYRADIUS",
                        String.valueOf(1 + r.nextInt(3000)), "km", "ASC", "WITHDIST", "WITHHASH", "WITHCOORD"});
                queries.add(new String[] {"GEOSEARCH", "KEY", "FROMMEMBER", m, "BYBOX",
                        String.valueOf(1 + r.nextInt(3000)), String.valueOf(1 + r.nextInt(3000)), "km", "DESC", "COUNT", "7"});
                queries.add(new String[] {"GEORADIUSBYMEMBER_RO", "KEY", m, String.valueOf(1 + r.nextInt(2000)), "mi",
                        "COUNT", "5", "ANY", "WITHDIST"});
            }
            for (String[] q : queries) {
                String[] ours = q.clone();
                ours[1] = "copy";
                String oursReply = h.run(ours);
                String[] original = q.clone();
                original[1] = "src";
                redis.send(RawClient.command(original));
                String redisReply = new String(redis.readReply(), StandardCharsets.ISO_8859_1);
                assertThat(oursReply).as(String.join(" ", q)).isEqualTo(redisReply);
            }
            assertThat(h.mismatches()).isEmpty();
        }
    }

    /** The bulk strings of a flat RESP2 array reply. */
    private static List<String> bulks(byte[] reply) {
        String s = new String(reply, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        int pos = s.indexOf("\r\n") + 2;
        while (pos < s.length()) {
            int eol = s.indexOf("\r\n", pos);
            int len = Integer.parseInt(s.substring(pos + 1, eol));
            out.add(s.substring(eol + 2, eol + 2 + len));
            pos = eol + 2 + len + 2;
        }
        return out;
    }
}
