package org.redisonmysql.it.reliability;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestServer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that announces a huge argument and sends only a few bytes of it reserves no memory
 * for the rest: the server's heap (the server runs in this JVM) stays flat while such
 * connections stay open, and a well-behaved client is served meanwhile.
 */
class AnnouncedLengthTest {

    @Test
    void announcedButUnsentBytesAreNotAllocated() throws Exception {
        try (TestServer server = TestServer.withUser("announce:user", "pw")) {
            long before = usedHeapAfterGc();
            List<RawClient> open = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    RawClient c = new RawClient(server.port());
                    open.add(c);
                    c.send(RawClient.command("AUTH", "announce:user", "pw"));
                    assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
                    c.send("*2\r\n$4\r\nECHO\r\n$500000000\r\nabc");
                }
                Thread.sleep(500);
                long grown = usedHeapAfterGc() - before;
                assertThat(grown).as("heap grown by announced-but-unsent arguments").isLessThan(256L * 1024 * 1024);
                try (RawClient other = new RawClient(server.port())) {
                    other.send(RawClient.command("AUTH", "announce:user", "pw"));
                    other.readReply();
                    other.send(RawClient.command("PING"));
                    assertThat(other.readReplyText()).isEqualTo("+PONG\r\n");
                }
            } finally {
                for (RawClient c : open) {
                    c.close();
                }
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
