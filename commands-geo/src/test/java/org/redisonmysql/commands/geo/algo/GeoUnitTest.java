package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeoUnitTest {

    @Test
    void unitsParseCaseInsensitivelyInAsciiOnly() {
        assertThat(GeoUnit.parse("m")).isEqualTo(GeoUnit.M);
        assertThat(GeoUnit.parse("KM")).isEqualTo(GeoUnit.KM);
        assertThat(GeoUnit.parse("Mi")).isEqualTo(GeoUnit.MI);
        assertThat(GeoUnit.parse("fT")).isEqualTo(GeoUnit.FT);
        assertThat(GeoUnit.parse("km".getBytes(StandardCharsets.UTF_8))).isEqualTo(GeoUnit.KM);
        assertThat(GeoUnit.parse("yd")).isNull();
        assertThat(GeoUnit.parse("")).isNull();
        assertThat(GeoUnit.parse("kms")).isNull();
        assertThat(GeoUnit.parse("\u212Am")).isNull(); // KELVIN SIGN lower-cases to 'k' in Java, not in C
    }

    @Test
    void conversionFactorsAreRedis() {
        assertThat(GeoUnit.M.metres()).isEqualTo(1.0);
        assertThat(GeoUnit.KM.metres()).isEqualTo(1000.0);
        assertThat(GeoUnit.FT.metres()).isEqualTo(0.3048);
        assertThat(GeoUnit.MI.metres()).isEqualTo(1609.34);
        assertThat(GeoUnit.MI.fromMetres(1609.34)).isEqualTo(1.0);
    }
}
