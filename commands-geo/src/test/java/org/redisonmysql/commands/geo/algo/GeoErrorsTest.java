package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeoErrorsTest {

    @Test
    void everyErrorConstantIsAReplyCapturedFromRedis() throws Exception {
        Set<String> replies = new HashSet<>();
        for (String[] r : Vectors.rows("errors.tsv")) {
            replies.add(r[1]);
        }
        int checked = 0;
        for (Field f : GeoErrors.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(replies).as(f.getName()).contains("-" + f.get(null));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(13);
        assertThat(replies).contains("-" + GeoErrors.invalidPair(200, 100), "-" + GeoErrors.invalidPair(200, 0));
    }
}
