package org.redisonmysql.server.commands;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.redisonmysql.core.command.RedisCommandCatalogue;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.resp.RespWriter;
import org.redisonmysql.server.commands.cluster.KeySlot;
import org.redisonmysql.server.commands.introspection.ConfigCommands;
import org.redisonmysql.server.commands.introspection.SpecEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies compared with bytes captured from a real redis-server 7.0.15 (test resources), so the
 * COMMAND INFO/DOCS encoding and CLUSTER KEYSLOT stay Redis's own without needing a database.
 */
class ServerCommandsEncodingTest {
    private static final RedisCommandCatalogue CAT = RedisCommandCatalogue.get();

    private static byte[] encode(Reply reply, int protocol) {
        RespWriter w = new RespWriter(UnpooledByteBufAllocator.DEFAULT, protocol);
        reply.writeTo(w);
        ByteBuf buf = w.finishAsOne();
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ServerCommandsEncodingTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void commandInfoMatchesRedis() throws IOException {
        Reply reply = Replies.array(List.of(SpecEncoder.info(CAT.spec("get")), SpecEncoder.info(CAT.spec("set")),
                SpecEncoder.info(CAT.spec("zunionstore")), SpecEncoder.info(CAT.spec("migrate")), Replies.NULL_BULK));
        for (int proto : new int[] {2, 3}) {
            assertThat(new String(encode(reply, proto), StandardCharsets.UTF_8)).isEqualTo(
                    new String(resource("command-info-get-set-zunionstore-migrate-resp" + proto + ".bin"),
                            StandardCharsets.UTF_8));
        }
    }

    @Test
    void commandDocsMatchesRedis() throws IOException {
        Reply reply = Replies.map(List.of(Replies.bulk("set"), SpecEncoder.docs(CAT.spec("set")),
                Replies.bulk("georadius"), SpecEncoder.docs(CAT.spec("georadius"))));
        for (int proto : new int[] {2, 3}) {
            assertThat(new String(encode(reply, proto), StandardCharsets.UTF_8)).isEqualTo(
                    new String(resource("command-docs-set-georadius-resp" + proto + ".bin"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void keySlotsMatchRedis() throws IOException {
        for (String line : new String(resource("keyslots.txt"), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split("\t");
            byte[] key = HexFormat.of().parseHex(parts[0]);
            assertThat(KeySlot.of(key)).as(parts[0]).isEqualTo(Integer.parseInt(parts[1]));
        }
    }

    @Test
    void configGetGlobs() {
        assertThat(ConfigCommands.matching(List.of("maxmemory*"))).containsExactlyInAnyOrder("maxmemory",
                "maxmemory-policy", "maxmemory-samples", "maxmemory-eviction-tenacity", "maxmemory-clients");
        assertThat(ConfigCommands.matching(List.of("MAXMEMORY", "maxmemory"))).containsExactly("maxmemory");
        assertThat(ConfigCommands.matching(List.of("nosuch"))).isEmpty();
        assertThat(ConfigCommands.matching(List.of("*"))).contains("save", "appendonly", "databases");
    }
}
