package org.redisonmysql.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Connection-level limits: max_connections, idle_timeout_ms, and back-pressure on a client that does not read. */
class ConnectionLimitsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withUser("limits:user", "pw",
                Map.of("REDIS_MYSQL_MAX_CONNECTIONS", "3", "REDIS_MYSQL_IDLE_TIMEOUT_MS", "2000"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void oneConnectionTooManyIsRefusedWithRedisError() throws Exception {
        try (RawClient a = new RawClient(server.port()); RawClient b = new RawClient(server.port());
                RawClient c = new RawClient(server.port())) {
            // Each connection is registered on its event loop; an answered PING proves it happened
            // before the fourth one connects (else the fourth may be counted first).
            for (RawClient client : new RawClient[] {a, b, c}) {
                client.send(RawClient.command("PING"));
                client.readReply();
            }
            try (RawClient d = new RawClient(server.port())) {
                assertThat(d.readReplyText()).isEqualTo("-ERR max number of clients reached\r\n");
                assertThat(d.closedByServer()).isTrue();
            }
        }
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.send(RawClient.command("PING"));
            c.readReply();
            Thread.sleep(4_500);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void aClientThatDoesNotReadItsRepliesStopsBeingRead() throws Exception {
        byte[] big = new byte[256 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        try (RawClient setup = new RawClient(server.port())) {
            setup.send(RawClient.command("AUTH", "limits:user", "pw"));
            setup.readReply();
            setup.send(RawClient.command("SET", "big", new String(big, java.nio.charset.StandardCharsets.ISO_8859_1)));
            assertThat(setup.readReplyText()).isEqualTo("+OK\r\n");
        }
        try (SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", server.port()))) {
            ch.configureBlocking(false);
            ByteBuffer auth = ByteBuffer.wrap(RawClient.command("AUTH", "limits:user", "pw"));
            while (auth.hasRemaining()) {
                ch.write(auth);
            }
            byte[] get = RawClient.command("GET", "big");
            long written = 0;
            long lastProgress = System.currentTimeMillis();
            // Each GET asks for 256 KB of reply that is never read. Without back-pressure the server
            // would keep reading (and buffering replies) forever; with it, our writes stall.
            while (System.currentTimeMillis() - lastProgress < 3_000 && written < 64L * 1024 * 1024) {
                int n = ch.write(ByteBuffer.wrap(get));
                if (n > 0) {
                    written += n;
                    lastProgress = System.currentTimeMillis();
                } else {
                    Thread.sleep(10);
                }
            }
            // 64 MB of requests would be 640 GB of replies; the server must have stopped reading long before.
            assertThat(written).as("request bytes the server accepted without its replies being read")
                    .isLessThan(64L * 1024 * 1024);
        }
    }
}
