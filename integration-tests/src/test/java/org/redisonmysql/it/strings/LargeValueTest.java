package org.redisonmysql.it.strings;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A 100 MB binary value through SET, GET, APPEND and GETRANGE. */
class LargeValueTest {
    private static final int SIZE = 100 * 1024 * 1024;

    @Test
    void hundredMegabytesRoundTrip() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("big:user", "pw", database);
        byte[] value = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            value[i] = (byte) (i * 31 + (i >>> 13));
        }
        try (TestServer server = TestServer.start(db.serverEnv(database)); RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("AUTH", "big:user", "pw"));
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            c.send(frame("SET".getBytes(StandardCharsets.US_ASCII), "big".getBytes(StandardCharsets.US_ASCII), value));
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");

            c.send(RawClient.command("GET", "big"));
            byte[] reply = c.readReply();
            byte[] header = ("$" + SIZE + "\r\n").getBytes(StandardCharsets.US_ASCII);
            assertThat(Arrays.equals(reply, 0, header.length, header, 0, header.length)).isTrue();
            assertThat(Arrays.equals(reply, header.length, header.length + SIZE, value, 0, SIZE)).isTrue();
            reply = null;

            c.send(RawClient.command("APPEND", "big", "tail"));
            assertThat(c.readReplyText()).isEqualTo(":" + (SIZE + 4) + "\r\n");

            c.send(RawClient.command("GETRANGE", "big", String.valueOf(SIZE - 2), "-1"));
            byte[] range = c.readReply();
            byte[] expected = new byte[] {'$', '6', '\r', '\n', value[SIZE - 2], value[SIZE - 1], 't', 'a', 'i', 'l', '\r', '\n'};
            assertThat(range).isEqualTo(expected);

            c.send(RawClient.command("STRLEN", "big"));
            assertThat(c.readReplyText()).isEqualTo(":" + (SIZE + 4) + "\r\n");
            c.send(RawClient.command("DEL", "big"));
            assertThat(c.readReplyText()).isEqualTo(":1\r\n");
        }
    }

    private static byte[] frame(byte[]... args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] a : args) {
            b.writeBytes(("$" + a.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(a);
            b.writeBytes(new byte[] {'\r', '\n'});
        }
        return b.toByteArray();
    }
}
