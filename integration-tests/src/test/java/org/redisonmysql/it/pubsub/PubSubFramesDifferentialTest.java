package org.redisonmysql.it.pubsub;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestServer;
import org.redisonmysql.it.differential.RealRedis;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message frames byte for byte against real Redis 7: the same subscriber and publisher sessions
 * run on both servers (RESP2 and RESP3), and every frame the subscriber receives is compared.
 */
class PubSubFramesDifferentialTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withUser("frames:user", "pw");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void subscriberSeesTheSameFramesAsOnRedis(int protocol) throws Exception {
        assertThat(session(server.port(), true, protocol)).isEqualTo(session(RealRedis.shared().port(), false, protocol));
    }

    /** Runs the scenario on one server and returns every reply and frame the subscriber read. */
    private static List<String> session(int port, boolean auth, int protocol) throws Exception {
        List<String> seen = new ArrayList<>();
        try (RawClient sub = new RawClient(port); RawClient pub = new RawClient(port)) {
            if (auth) {
                for (RawClient c : List.of(sub, pub)) {
                    c.send(RawClient.command("AUTH", "frames:user", "pw"));
                    c.readReply();
                }
            }
            if (protocol == 3) {
                sub.send(RawClient.command("HELLO", "3"));
                sub.readReply(); // describes the server itself: not compared
            }
            sub.send(RawClient.command("SUBSCRIBE", "news", "sport"));
            seen.add(sub.readReplyText());
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("PSUBSCRIBE", "n*", "x?z"));
            seen.add(sub.readReplyText());
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("SSUBSCRIBE", "shard"));
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("PING", "still here"));
            seen.add(sub.readReplyText());

            pub.send(RawClient.command("PUBLISH", "news", "hello \u0000 world"));
            seen.add("publish -> " + pub.readReplyText());
            seen.add(sub.readReplyText()); // message
            seen.add(sub.readReplyText()); // pmessage n*
            pub.send(RawClient.command("PUBLISH", "xyz", ""));
            seen.add("publish -> " + pub.readReplyText());
            seen.add(sub.readReplyText());
            pub.send(RawClient.command("SPUBLISH", "shard", "s-msg"));
            seen.add("spublish -> " + pub.readReplyText());
            seen.add(sub.readReplyText());
            pub.send(RawClient.command("PUBSUB", "NUMSUB", "news", "sport", "none"));
            seen.add("numsub -> " + pub.readReplyText());
            pub.send(RawClient.command("PUBSUB", "NUMPAT"));
            seen.add("numpat -> " + pub.readReplyText());

            sub.send(RawClient.command("UNSUBSCRIBE", "sport"));
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("PUNSUBSCRIBE"));
            seen.add(sub.readReplyText());
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("SUNSUBSCRIBE", "shard"));
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("UNSUBSCRIBE"));
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("UNSUBSCRIBE"));
            seen.add(sub.readReplyText());
            sub.send(RawClient.command("GET", "x"));
            seen.add(sub.readReplyText());
        }
        return seen;
    }
}
