package org.redisonmysql.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RespClientTest {
    @Test
    void writesCommandsAsArraysOfBulkStrings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RespClient c = new RespClient(new ByteArrayInputStream(new byte[0]), out);
        c.send("SET", "k", new byte[] {0, 'v'});
        c.flush();
        assertThat(out.toByteArray()).isEqualTo("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n\0v\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsEveryRespTwoReplyType() throws IOException {
        String replies = "+OK\r\n-ERR no\r\n:42\r\n$3\r\nabc\r\n$-1\r\n*2\r\n:1\r\n$0\r\n\r\n";
        RespClient c = new RespClient(new ByteArrayInputStream(replies.getBytes(StandardCharsets.US_ASCII)),
                new ByteArrayOutputStream());
        assertThat(c.read()).isEqualTo("OK");
        assertThat(c.read()).isEqualTo(new RespClient.Error("ERR no"));
        assertThat(c.read()).isEqualTo(42L);
        assertThat((byte[]) c.read()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(c.read()).isNull();
        List<?> array = (List<?>) c.read();
        assertThat(array.get(0)).isEqualTo(1L);
        assertThat((byte[]) array.get(1)).isEmpty();
    }
}
