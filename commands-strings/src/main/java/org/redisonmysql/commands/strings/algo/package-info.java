/**
 * Pure algorithms (no database, no server code) for the string-backed data structures, exact to
 * Redis 7.0.15 byte for byte: {@link org.redisonmysql.commands.strings.algo.HyperLogLog},
 * {@link org.redisonmysql.commands.strings.algo.BitOps} (BITCOUNT, BITPOS, BITOP, SETBIT, GETBIT)
 * and {@link org.redisonmysql.commands.strings.algo.BitField} (BITFIELD, BITFIELD_RO).
 *
 * <p>Conventions: values are the raw string bytes ({@code null} = absent key; an integer-encoded
 * Redis string is its decimal text); inputs are never modified; errors are
 * {@link org.redisonmysql.core.error.RedisException} with Redis's full error line. Handlers keep
 * Redis's order of checks by calling the parse methods, doing the key lookup / generic
 * {@code WRONGTYPE} check, then calling the compute methods, as each class documents. The tests
 * replay vectors recorded from a real Redis ({@code src/test/resources/redis-vectors}); the
 * in-memory mini handlers in {@code RedisVectors} (test code) show the intended call order.
 */
package org.redisonmysql.commands.strings.algo;
