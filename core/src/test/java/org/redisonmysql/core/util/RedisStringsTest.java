package org.redisonmysql.core.util;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisStringsTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** getrange.tsv: GETRANGE with random and extreme indexes on real Redis 7.0.15. */
    @Test
    void getRangeMatchesRedis() {
        List<String[]> rows = Vectors.rows("getrange.tsv");
        assertThat(rows).hasSize(600);
        for (String[] row : rows) {
            byte[] value = Vectors.bytes(row[0]);
            long start = Long.parseLong(row[1]);
            long end = Long.parseLong(row[2]);
            assertThat(RedisStrings.getRange(value, start, end))
                    .as("GETRANGE '%s' %d %d", Vectors.text(row[0]), start, end)
                    .isEqualTo(Vectors.bytes(row[3]));
        }
    }

    @Test
    void setRangeAndAppendLimits() {
        long oneMb = 1 << 20;
        // values observed with proto-max-bulk-len 1mb on Redis 7.0.15
        assertThat(RedisStrings.setRange(null, oneMb - 1, b("a"), oneMb)).hasSize((int) oneMb);
        assertThatThrownBy(() -> RedisStrings.setRange(null, oneMb - 1, b("ab"), oneMb))
                .hasMessage("ERR string exceeds maximum allowed size (proto-max-bulk-len)");
        assertThatThrownBy(() -> RedisStrings.append(new byte[(int) oneMb], b("b"), oneMb))
                .hasMessage(RedisStrings.ERR_EXCEEDS_MAX_SIZE);
        assertThat(RedisStrings.append(new byte[(int) oneMb], b(""), oneMb)).hasSize((int) oneMb);
        assertThatThrownBy(() -> RedisStrings.checkStringLength(Long.MAX_VALUE, 1, Long.MAX_VALUE))
                .hasMessage(RedisStrings.ERR_EXCEEDS_MAX_SIZE);
        assertThatThrownBy(() -> RedisStrings.checkStringLength(536870912, 1, RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN))
                .hasMessage(RedisStrings.ERR_EXCEEDS_MAX_SIZE);
        RedisStrings.checkStringLength(536870911, 1, RedisStrings.DEFAULT_PROTO_MAX_BULK_LEN);
        assertThatThrownBy(() -> RedisStrings.checkSetRangeOffset(-1)).hasMessage("ERR offset is out of range");
        assertThat(RedisStrings.setRange(b("hello"), 7, b("xy"), oneMb)).isEqualTo(b("hello\0\0xy"));
        assertThat(RedisStrings.setRange(b("hello"), 1, b("EL"), oneMb)).isEqualTo(b("hELlo"));
        assertThat(RedisStrings.append(b("ab"), b("cd"), oneMb)).isEqualTo(b("abcd"));
    }
}
