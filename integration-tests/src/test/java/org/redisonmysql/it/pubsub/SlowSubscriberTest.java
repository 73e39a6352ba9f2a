package org.redisonmysql.it.pubsub;

import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestServer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber that stops reading is disconnected once more than push_queue_len messages wait
 * for it (Redis's client-output-buffer-limit for pubsub), so it cannot grow the server's memory.
 */
class SlowSubscriberTest {

    @Test
    void aSubscriberThatDoesNotReadIsDisconnected() throws Exception {
        try (TestServer server = TestServer.withUser("slow:user", "pw", Map.of("REDIS_MYSQL_PUSH_QUEUE_LEN", "100"));
                RawClient sub = new RawClient(server.port()); RawClient pub = new RawClient(server.port())) {
            for (RawClient c : new RawClient[] {sub, pub}) {
                c.send(RawClient.command("AUTH", "slow:user", "pw"));
                assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
            }
            sub.send(RawClient.command("SUBSCRIBE", "firehose"));
            assertThat(sub.readReplyText()).startsWith("*3\r\n$9\r\nsubscribe\r\n");
            // The subscriber now reads nothing while 20 MB are published to it.
            String payload = "x".repeat(10_000);
            boolean dropped = false;
            for (int i = 0; i < 2_000 && !dropped; i++) {
                pub.send(RawClient.command("PUBLISH", "firehose", payload));
                dropped = pub.readReplyText().equals(":0\r\n");
            }
            assertThat(dropped).as("the slow subscriber was disconnected (PUBLISH reached 0 receivers)").isTrue();
            pub.send(RawClient.command("PUBSUB", "NUMSUB", "firehose"));
            assertThat(pub.readReplyText()).isEqualTo("*2\r\n$8\r\nfirehose\r\n:0\r\n");
        }
    }
}
