package org.redisonmysql.commands.strings.algo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Replays bitops.jsonl (recorded from Redis 7.0.15) through {@link BitOps}. */
class BitOpsRedisVectorsTest {
    @Test
    void matchesRedis() throws Exception {
        RedisVectors.Outcome o = RedisVectors.run("bitops.jsonl");
        assertThat(o.lines()).isGreaterThan(500);
        assertThat(o.failures()).as(String.join("\n", o.failures())).isEmpty();
    }
}
