package org.redisonmysql.commands.set;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.util.ScanCursor;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database-free parts the set and hash families rely on: cursors as Redis parses them. */
class SetAlgebraTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void cursorParsesLikeStrtoul() {
        assertThat(ScanCursor.parse(b("0"))).isZero();
        assertThat(ScanCursor.parse(b(""))).isZero();
        assertThat(ScanCursor.parse(b("+5"))).isEqualTo(5);
        assertThat(ScanCursor.parse(b("-1"))).isEqualTo(-1L);
        assertThat(ScanCursor.parse(b("18446744073709551615"))).isEqualTo(-1L);
        for (String bad : new String[] {"abc", " 1", "1 ", "18446744073709551616", "-", "1.0"}) {
            assertThatThrownBy(() -> ScanCursor.parse(b(bad))).isInstanceOf(RedisException.class)
                    .hasMessage("ERR invalid cursor");
        }
    }

    @Test
    void cursorResumesAtOrBeforeTheNextHash() {
        byte[] hash = new byte[32];
        for (int i = 0; i < 32; i++) {
            hash[i] = (byte) (0xA5 + i * 7);
        }
        long cursor = ScanCursor.cursorFor(hash);
        assertThat(cursor).isNotZero();
        byte[] start = ScanCursor.startHash(cursor);
        assertThat(java.util.Arrays.compareUnsigned(start, hash)).isLessThanOrEqualTo(0);
        assertThat(new String(ScanCursor.text(-1L), StandardCharsets.US_ASCII)).isEqualTo("18446744073709551615");
    }
}
