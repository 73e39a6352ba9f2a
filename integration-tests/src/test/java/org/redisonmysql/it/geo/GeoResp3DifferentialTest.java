package org.redisonmysql.it.geo;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.differential.DifferentialHarness;

import static org.assertj.core.api.Assertions.assertThat;

/** Geo replies under RESP3: coordinates are doubles, distances stay bulk strings, nulls are '_'. */
class GeoResp3DifferentialTest {

    @Test
    void resp3RepliesMatchRedis() throws Exception {
        try (DifferentialHarness h = DifferentialHarness.open()) {
            h.run("HELLO", "3"); // the server descriptions differ by design; its mismatch is ignored below
            h.runScript("""
                    GEOADD g 13.361389 38.115556 Palermo 15.087269 37.502669 Catania 180 0 east
                    GEOPOS g Palermo missing east
                    GEOPOS nokey a
                    GEOHASH g Palermo missing
                    GEODIST g Palermo Catania km
                    GEODIST g Palermo missing
                    GEODIST nokey a b
                    GEOSEARCH g FROMLONLAT 15 37 BYRADIUS 200 km ASC WITHDIST WITHHASH WITHCOORD
                    GEOSEARCH g FROMLONLAT 15 37 BYRADIUS 200 km ASC
                    GEOSEARCH nokey FROMLONLAT 15 37 BYRADIUS 200 km
                    GEORADIUSBYMEMBER g Palermo 500 km WITHCOORD DESC
                    GEOSEARCHSTORE dst g FROMLONLAT 15 37 BYRADIUS 200 km STOREDIST
                    ZRANGE dst 0 -1 WITHSCORES
                    """);
            assertThat(h.mismatches()).filteredOn(m -> !m.startsWith("HELLO")).isEmpty();
        }
    }
}
