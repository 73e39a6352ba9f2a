package org.redisonmysql.commands.keys;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of the generic key commands that need no database: SCAN's cursor, string encodings. */
class KeysParsingTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void scanCursorFollowsRedisStrtoul() {
        assertThat(ScanCommand.parseCursor(b("0"))).isZero();
        assertThat(ScanCommand.parseCursor(b(""))).isZero();
        assertThat(ScanCommand.parseCursor(b("+12"))).isEqualTo(12);
        assertThat(ScanCommand.parseCursor(b("-1"))).isEqualTo(-1); // ULONG_MAX: beyond every id
        assertThat(ScanCommand.parseCursor(b("18446744073709551615"))).isEqualTo(-1);
        assertThat(ScanCommand.parseCursor(b("9223372036854775807"))).isEqualTo(Long.MAX_VALUE);
        for (String bad : new String[] {"abc", "1a", " 0", "+", "-", "0x10", "18446744073709551616", "99999999999999999999"}) {
            assertThatThrownBy(() -> ScanCommand.parseCursor(b(bad)), bad)
                    .isInstanceOf(RedisException.class).hasMessage("ERR invalid cursor");
        }
    }

    @Test
    void stringEncodingsAsRedisTryObjectEncoding() {
        assertThat(ObjectCommands.stringEncoding(3, b("123"))).isEqualTo("int");
        assertThat(ObjectCommands.stringEncoding(2, b("-5"))).isEqualTo("int");
        assertThat(ObjectCommands.stringEncoding(4, b("0123"))).isEqualTo("embstr");
        assertThat(ObjectCommands.stringEncoding(20, b("12345678901234567890"))).isEqualTo("embstr");
        assertThat(ObjectCommands.stringEncoding(44, null)).isEqualTo("embstr");
        assertThat(ObjectCommands.stringEncoding(45, null)).isEqualTo("raw");
        assertThat(ObjectCommands.stringEncoding(0, b(""))).isEqualTo("embstr");
    }
}
