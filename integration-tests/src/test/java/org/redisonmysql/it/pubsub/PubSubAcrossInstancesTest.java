package org.redisonmysql.it.pubsub;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Pub/Sub through two server instances on one database: frames, counts, delivery guarantees, clients. */
class PubSubAcrossInstancesTest {
    private static final String USER = "ps:user";
    private static TestServer a;
    private static TestServer b;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser(USER, "pw", database);
        db.createUser("other:user", "pw", database);
        a = TestServer.start(db.serverEnv(database));
        b = TestServer.start(db.serverEnv(database));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    private static RawClient raw(TestServer s, String user) throws Exception {
        RawClient c = new RawClient(s.port());
        c.send(RawClient.command("AUTH", user, "pw"));
        assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
        return c;
    }

    private static String cmd(RawClient c, String... args) throws Exception {
        c.send(RawClient.command(args));
        return c.readReplyText();
    }

    @Test
    void framesAndCountsAcrossInstances() throws Exception {
        try (RawClient sub = raw(a, USER); RawClient pub = raw(b, USER); RawClient other = raw(b, "other:user")) {
            assertThat(cmd(sub, "SUBSCRIBE", "f-ch")).isEqualTo("*3\r\n$9\r\nsubscribe\r\n$4\r\nf-ch\r\n:1\r\n");
            assertThat(cmd(sub, "PSUBSCRIBE", "f-*")).isEqualTo("*3\r\n$10\r\npsubscribe\r\n$3\r\nf-*\r\n:2\r\n");
            assertThat(cmd(pub, "PUBSUB", "NUMSUB", "f-ch")).isEqualTo("*2\r\n$4\r\nf-ch\r\n:1\r\n");
            assertThat(cmd(pub, "PUBSUB", "NUMPAT")).isEqualTo(":1\r\n");
            assertThat(cmd(pub, "PUBSUB", "CHANNELS", "f-*")).isEqualTo("*1\r\n$4\r\nf-ch\r\n");
            // another tenant neither counts nor reaches this tenant's subscribers
            assertThat(cmd(other, "PUBLISH", "f-ch", "x")).isEqualTo(":0\r\n");
            assertThat(cmd(other, "PUBSUB", "NUMSUB", "f-ch")).isEqualTo("*2\r\n$4\r\nf-ch\r\n:0\r\n");
            assertThat(cmd(pub, "PUBLISH", "f-ch", "hello")).isEqualTo(":2\r\n");
            assertThat(sub.readReplyText()).isEqualTo("*3\r\n$7\r\nmessage\r\n$4\r\nf-ch\r\n$5\r\nhello\r\n");
            assertThat(sub.readReplyText())
                    .isEqualTo("*4\r\n$8\r\npmessage\r\n$3\r\nf-*\r\n$4\r\nf-ch\r\n$5\r\nhello\r\n");
            assertThat(cmd(sub, "UNSUBSCRIBE", "f-ch")).isEqualTo("*3\r\n$11\r\nunsubscribe\r\n$4\r\nf-ch\r\n:1\r\n");
            assertThat(cmd(pub, "PUBLISH", "f-ch", "again")).isEqualTo(":1\r\n");
            assertThat(sub.readReplyText())
                    .isEqualTo("*4\r\n$8\r\npmessage\r\n$3\r\nf-*\r\n$4\r\nf-ch\r\n$5\r\nagain\r\n");
            assertThat(cmd(sub, "RESET")).isEqualTo("+RESET\r\n");
            assertThat(cmd(pub, "PUBLISH", "f-ch", "gone")).isEqualTo(":0\r\n");
            // shard channels
            sub.send(RawClient.command("AUTH", USER, "pw"));
            sub.readReply();
            assertThat(cmd(sub, "SSUBSCRIBE", "f-s")).isEqualTo("*3\r\n$10\r\nssubscribe\r\n$3\r\nf-s\r\n:1\r\n");
            assertThat(cmd(pub, "SPUBLISH", "f-s", "m")).isEqualTo(":1\r\n");
            assertThat(sub.readReplyText()).isEqualTo("*3\r\n$8\r\nsmessage\r\n$3\r\nf-s\r\n$1\r\nm\r\n");
        }
        // a closed subscriber stops counting on the other instance (removed off the event loop)
        long deadline = System.currentTimeMillis() + 10_000;
        try (RawClient pub = raw(b, USER)) {
            String r;
            do {
                r = cmd(pub, "SPUBLISH", "f-s", "m");
            } while (!r.equals(":0\r\n") && System.currentTimeMillis() < deadline);
            assertThat(r).isEqualTo(":0\r\n");
        }
    }

    /** Reads message frames (RESP2) and records per-publisher order; payload "P:seq:nanos". */
    private static final class Collector implements Runnable {
        final RawClient c;
        final int expected;
        final List<String> payloads = Collections.synchronizedList(new ArrayList<>());
        final List<Long> latenciesFromB = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done = new CountDownLatch(1);
        volatile Throwable failure;

        Collector(RawClient c, int expected) {
            this.c = c;
            this.expected = expected;
        }

        @Override
        public void run() {
            try {
                while (payloads.size() < expected) {
                    String frame = c.readReplyText();
                    long now = System.nanoTime();
                    String[] lines = frame.split("\r\n");
                    String payload = lines[lines.length - 1];
                    payloads.add(payload);
                    String[] parts = payload.split(":");
                    if (parts[0].equals("B")) {
                        latenciesFromB.add(now - Long.parseLong(parts[2]));
                    }
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
        }
    }

    @Test
    void tenThousandMessagesExactlyOnceInOrder() throws Exception {
        int perPublisher = 5_000;
        try (RawClient chSub = raw(a, USER); RawClient patSub = raw(a, USER);
                RawClient pubA = raw(a, USER); RawClient pubB = raw(b, USER)) {
            cmd(chSub, "SUBSCRIBE", "load");
            cmd(patSub, "PSUBSCRIBE", "lo*");
            Collector c1 = new Collector(chSub, 2 * perPublisher);
            Collector c2 = new Collector(patSub, 2 * perPublisher);
            new Thread(c1).start();
            new Thread(c2).start();
            List<String> counts = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            Thread ta = new Thread(() -> publish(pubA, "A", perPublisher, counts));
            Thread tb = new Thread(() -> publish(pubB, "B", perPublisher, counts));
            ta.start();
            tb.start();
            ta.join();
            tb.join();
            assertThat(c1.done.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(c2.done.await(60, TimeUnit.SECONDS)).isTrue();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(c1.failure).isNull();
            assertThat(c2.failure).isNull();
            assertThat(counts).hasSize(2 * perPublisher).allMatch(s -> s.equals(":2\r\n"));
            for (Collector c : List.of(c1, c2)) {
                assertThat(c.payloads).hasSize(2 * perPublisher).doesNotHaveDuplicates();
                for (String p : List.of("A", "B")) {
                    List<Integer> seq = c.payloads.stream().filter(s -> s.startsWith(p + ":"))
                            .map(s -> Integer.parseInt(s.split(":")[1])).toList();
                    assertThat(seq).hasSize(perPublisher).isSorted();
                }
            }
            List<Long> lat = new ArrayList<>(c1.latenciesFromB);
            Collections.sort(lat);
            System.out.printf("PUBSUB-PERF cross-instance latency p50=%.1f ms p99=%.1f ms; %d messages delivered to 2 subscribers in %.2f s (%.0f messages/s published, %.0f deliveries/s)%n",
                    lat.get(lat.size() / 2) / 1e6, lat.get(lat.size() * 99 / 100) / 1e6, 2 * perPublisher, seconds,
                    2 * perPublisher / seconds, 4 * perPublisher / seconds);
            // no further frame (no duplicate arrives late)
            assertThat(cmd(chSub, "PING")).isEqualTo("*2\r\n$4\r\npong\r\n$0\r\n\r\n");
        }
    }

    private static void publish(RawClient c, String name, int n, List<String> counts) {
        try {
            for (int i = 0; i < n; i++) {
                counts.add(cmd(c, "PUBLISH", "load", name + ":" + i + ":" + System.nanoTime()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jedisAndLettuceSubscribers() throws Exception {
        BlockingQueue<String> got = new ArrayBlockingQueue<>(16);
        CountDownLatch subscribed = new CountDownLatch(1);
        JedisPubSub listener = new JedisPubSub() {
            @Override
            public void onSubscribe(String channel, int count) {
                subscribed.countDown();
            }

            @Override
            public void onMessage(String channel, String message) {
                got.add("jedis:" + channel + ":" + message);
                unsubscribe();
            }
        };
        Thread t = new Thread(() -> {
            try (Jedis j = new Jedis("127.0.0.1", a.port(), 30_000)) {
                j.auth(USER, "pw");
                j.subscribe(listener, "jl-ch");
            }
        });
        t.start();
        assertThat(subscribed.await(20, TimeUnit.SECONDS)).isTrue();
        try (Jedis pub = new Jedis("127.0.0.1", b.port(), 30_000)) {
            pub.auth(USER, "pw");
            assertThat(pub.publish("jl-ch", "hi")).isEqualTo(1L);
        }
        assertThat(got.poll(20, TimeUnit.SECONDS)).isEqualTo("jedis:jl-ch:hi");
        t.join(20_000);

        RedisURI uri = RedisURI.builder().withHost("127.0.0.1").withPort(a.port())
                .withAuthentication(USER, "pw".toCharArray()).withTimeout(Duration.ofSeconds(20)).build();
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisPubSubConnection<String, String> conn = client.connectPubSub()) {
            conn.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    got.add("lettuce:" + channel + ":" + message);
                }

                @Override
                public void message(String pattern, String channel, String message) {
                    got.add("lettuce-p:" + pattern + ":" + channel + ":" + message);
                }
            });
            conn.sync().subscribe("jl-ch");
            conn.sync().psubscribe("jl-*");
            try (Jedis pub = new Jedis("127.0.0.1", b.port(), 30_000)) {
                pub.auth(USER, "pw");
                assertThat(pub.publish("jl-ch", "yo")).isEqualTo(2L);
            }
            assertThat(List.of(got.poll(20, TimeUnit.SECONDS), got.poll(20, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("lettuce:jl-ch:yo", "lettuce-p:jl-*:jl-ch:yo");
        } finally {
            client.shutdown();
        }
    }
}
