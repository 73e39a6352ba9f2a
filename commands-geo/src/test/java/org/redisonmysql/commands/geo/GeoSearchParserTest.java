package org.redisonmysql.commands.geo;

import org.junit.jupiter.api.Test;
import org.redisonmysql.commands.geo.GeoSearchParser.Form;
import org.redisonmysql.commands.geo.algo.GeoShape;
import org.redisonmysql.commands.geo.algo.GeoSort;
import org.redisonmysql.commands.geo.algo.GeoUnit;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoSearchParserTest {
    private static final Function<byte[], double[]> NOWHERE = m -> {
        throw Errors.of("ERR could not decode requested zset member");
    };

    @Test
    void parsesOptionsInAnyOrder() {
        GeoSearchRequest req = GeoSearchParser.parse(Form.GEOSEARCH,
                CommandArgs.of("GEOSEARCH", "k", "count", "3", "BYBOX", "1", "2", "mi", "withdist", "FROMLONLAT", "1", "2", "desc"),
                NOWHERE);
        assertThat(req.shape()).isEqualTo(GeoShape.box(1, 2, 1, 2, GeoUnit.MI));
        assertThat(req.order()).isEqualTo(GeoSort.Order.DESC);
        assertThat(req.count()).isEqualTo(3);
        assertThat(req.withDist()).isTrue();
    }

    @Test
    void missingMemberFailsBeforeALaterSyntaxError() {
        assertThatThrownBy(() -> GeoSearchParser.parse(Form.GEOSEARCH,
                CommandArgs.of("GEOSEARCH", "k", "FROMMEMBER", "x", "bogus"), NOWHERE))
                .isInstanceOf(RedisException.class).hasMessageContaining("could not decode");
    }

    @Test
    void withoutTheKeyTheMemberIsNotLookedUp() {
        GeoSearchRequest req = GeoSearchParser.parse(Form.BYMEMBER,
                CommandArgs.of("GEORADIUSBYMEMBER", "k", "x", "-1", "yards", "STORE", "d"), null);
        assertThat(req.shape()).isNull();
        assertThat(new String(req.storeKey())).isEqualTo("d");
    }

    @Test
    void storeIsASyntaxErrorInReadOnlyForms() {
        assertThatThrownBy(() -> GeoSearchParser.parse(Form.RADIUS_RO,
                CommandArgs.of("GEORADIUS_RO", "k", "1", "2", "3", "km", "STORE", "d"), NOWHERE))
                .hasMessageContaining("syntax error");
    }
}
