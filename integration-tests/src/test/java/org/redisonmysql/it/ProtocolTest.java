package org.redisonmysql.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire protocol against the real server: pipelining, inline commands, protocol errors. */
class ProtocolTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withUser("proto:user", "pw");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private RawClient authenticated() throws Exception {
        RawClient c = new RawClient(server.port());
        c.send(RawClient.command("AUTH", "proto:user", "pw"));
        assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
        return c;
    }

    @Test
    void tenThousandPipelinedCommandsInOneWriteAnswerInOrder() throws Exception {
        int n = 10_000;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            all.writeBytes(i % 2 == 0 ? RawClient.command("SET", "p" + i, "v" + i) : RawClient.command("GET", "p" + (i - 1)));
        }
        try (RawClient c = authenticated()) {
            c.send(all.toByteArray());
            for (int i = 0; i < n; i++) {
                String reply = c.readReplyText();
                String expected = i % 2 == 0 ? "+OK\r\n" : "$" + ("v" + (i - 1)).length() + "\r\nv" + (i - 1) + "\r\n";
                assertThat(reply).as("reply %d", i).isEqualTo(expected);
            }
        }
    }

    @Test
    void inlineCommandsAsTelnetSendsThem() throws Exception {
        try (RawClient c = authenticated()) {
            c.send("SET inline-key \"a b\\x41\"\r\nGET inline-key\r\n\r\nPING\n");
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            assertThat(c.readReplyText()).isEqualTo("$4\r\na bA\r\n");
            assertThat(c.readReplyText()).isEqualTo("+PONG\r\n");
        }
    }

    @Test
    void binarySafeKeysAndValues() throws Exception {
        byte[] hostile = {0, '\r', '\n', '\'', '"', '%', '_', '\\', (byte) 0xff, (byte) 0xc3, 0x28};
        ByteArrayOutputStream cmd = new ByteArrayOutputStream();
        cmd.writeBytes("*3\r\n$3\r\nSET\r\n$11\r\n".getBytes(StandardCharsets.US_ASCII));
        cmd.writeBytes(hostile);
        cmd.writeBytes("\r\n$11\r\n".getBytes(StandardCharsets.US_ASCII));
        cmd.writeBytes(hostile);
        cmd.writeBytes("\r\n*2\r\n$3\r\nGET\r\n$11\r\n".getBytes(StandardCharsets.US_ASCII));
        cmd.writeBytes(hostile);
        cmd.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        try (RawClient c = authenticated()) {
            c.send(cmd.toByteArray());
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes("$11\r\n".getBytes(StandardCharsets.US_ASCII));
            expected.writeBytes(hostile);
            expected.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readReply()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void protocolErrorIsAnsweredThenTheConnectionCloses() throws Exception {
        try (RawClient c = authenticated()) {
            c.send("PING\r\n*1\r\n$abc\r\nPING\r\n");
            assertThat(c.readReplyText()).isEqualTo("+PONG\r\n");
            assertThat(c.readReplyText()).isEqualTo("-ERR Protocol error: invalid bulk length\r\n");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void unauthenticatedClientsMaySendOnlySmallFrames() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.send("*11\r\n");
            assertThat(c.readReplyText()).isEqualTo("-ERR Protocol error: unauthenticated multibulk length\r\n");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawClient c = new RawClient(server.port())) {
            c.send("*2\r\n$3\r\nGET\r\n$16385\r\n");
            assertThat(c.readReplyText()).isEqualTo("-ERR Protocol error: unauthenticated bulk length\r\n");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void aPipelinedAuthLiftsTheUnauthenticatedLimitsForTheCommandsAfterIt() throws Exception {
        String[] mset = new String[21];
        mset[0] = "MSET";
        for (int i = 1; i < mset.length; i += 2) {
            mset[i] = "pk" + i;
            mset[i + 1] = "x".repeat(20_000);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(RawClient.command("AUTH", "proto:user", "pw"));
        all.writeBytes(RawClient.command(mset));
        all.writeBytes(RawClient.command("STRLEN", "pk1"));
        try (RawClient c = new RawClient(server.port())) {
            c.send(all.toByteArray());
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            assertThat(c.readReplyText()).isEqualTo(":20000\r\n");
        }
    }

    @Test
    void unknownCommandAnswersRedisError() throws Exception {
        try (RawClient c = authenticated()) {
            c.send(RawClient.command("NOSUCHCOMMAND", "a", "b"));
            assertThat(c.readReplyText())
                    .isEqualTo("-ERR unknown command 'NOSUCHCOMMAND', with args beginning with: 'a' 'b' \r\n");
        }
    }
}
