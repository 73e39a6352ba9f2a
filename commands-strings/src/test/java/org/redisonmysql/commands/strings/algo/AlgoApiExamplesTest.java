package org.redisonmysql.commands.strings.algo;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.error.RedisException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Readable examples of the public API. Every expected value was observed on redis-server 7.0.15
 * (the command and its reply / GET are quoted in each assertion's comment).
 */
class AlgoApiExamplesTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<byte[]> args(String... s) {
        List<byte[]> l = new ArrayList<>();
        for (String x : s) {
            l.add(b(x));
        }
        return l;
    }

    private static byte[] hex(String h) {
        return HEX.parseHex(h);
    }

    // ------------------------------------------------------------------ HyperLogLog

    @Test
    void pfaddCreatesAnEmptyHllWithTheCacheMarkedInvalid() {
        // PFADD e -> 1; GET e
        HyperLogLog.AddResult r = HyperLogLog.add(null, List.of());
        assertThat(r.changed()).isTrue();
        assertThat(HEX.formatHex(r.value())).isEqualTo("48594c4c0100000000000000000000807fff");
        // PFADD e (again) -> 0, value untouched
        HyperLogLog.AddResult again = HyperLogLog.add(r.value(), List.of());
        assertThat(again.changed()).isFalse();
        assertThat(again.value()).isEqualTo(r.value());
        // the internal fresh object (cache valid) differs only in that bit
        assertThat(HEX.formatHex(HyperLogLog.empty())).isEqualTo("48594c4c0100000000000000000000007fff");
    }

    @Test
    void pfcountUsesAndRefreshesTheCache() {
        // PFADD x x -> 1; GET x
        byte[] v = HyperLogLog.add(null, args("x")).value();
        assertThat(HEX.formatHex(v)).isEqualTo("48594c4c0100000000000000000000807ff58408");
        // PFCOUNT x -> 1; GET x now holds the cached 1 with the invalid bit clear
        HyperLogLog.CountResult c = HyperLogLog.count(v);
        assertThat(c.count()).isEqualTo(1);
        assertThat(HEX.formatHex(c.updatedValue())).isEqualTo("48594c4c0100000001000000000000007ff58408");
        // a second PFCOUNT answers from the cache and writes nothing
        HyperLogLog.CountResult cached = HyperLogLog.count(c.updatedValue());
        assertThat(cached.count()).isEqualTo(1);
        assertThat(cached.updatedValue()).isNull();
        // multi-key PFCOUNT never writes; absent keys are empty
        assertThat(HyperLogLog.countMany(Arrays.asList(v, null, HyperLogLog.add(null, args("a", "b", "c")).value())))
                .isEqualTo(4);
        assertThat(HyperLogLog.countMany(Arrays.asList(null, null))).isZero();
    }

    @Test
    void pfmergeKeepsSparseWhenAllInputsAreSparse() {
        // PFMERGE m -> OK; GET m
        assertThat(HEX.formatHex(HyperLogLog.merge(null, List.of()))).isEqualTo("48594c4c0100000000000000000000807fff");
        // PFADD ab a b c; PFMERGE ab x; GET ab
        byte[] ab = HyperLogLog.add(null, args("a", "b", "c")).value();
        assertThat(HEX.formatHex(ab)).isEqualTo("48594c4c01000000000000000000008060f38050b1844bfb80425a");
        byte[] x = HyperLogLog.add(null, args("x")).value();
        assertThat(HEX.formatHex(HyperLogLog.merge(ab, List.of(x))))
                .isEqualTo("48594c4c01000000000000000000008060f38050b1844bfb8042508408");
        // the Union form used by handlers gives the same bytes
        byte[] viaUnion = new HyperLogLog.Union().add(ab).add(x).add(null).storeInto(ab);
        assertThat(viaUnion).isEqualTo(HyperLogLog.merge(ab, List.of(x)));
    }

    @Test
    void validationErrors() {
        // SET s abc; PFADD s x -> -WRONGTYPE Key is not a valid HyperLogLog string value.
        assertThat(HyperLogLog.isValid(b("abc"))).isFalse();
        assertThatThrownBy(() -> HyperLogLog.add(b("abc"), args("x")))
                .isInstanceOf(RedisException.class)
                .hasMessage("WRONGTYPE Key is not a valid HyperLogLog string value.");
        assertThatThrownBy(() -> HyperLogLog.count(hex("48594c4c0200000000000000000000807fff")))
                .hasMessage(HyperLogLog.ERR_NOT_HLL);
        // a dense header with the wrong length is "not an HLL", not "corrupted"
        assertThat(HyperLogLog.isValid(hex("48594c4c0000000000000000000000807fff"))).isFalse();
        // sparse body covering 16385 registers: PFCOUNT -> -INVALIDOBJ Corrupted HLL object detected
        assertThatThrownBy(() -> HyperLogLog.count(hex("48594c4c0100000000000000000000807fff80")))
                .hasMessage("INVALIDOBJ Corrupted HLL object detected");
        // ... but a valid cache is answered without looking at the registers
        assertThat(HyperLogLog.count(hex("48594c4c0100000007000000000000007fff80")).count()).isEqualTo(7);
    }

    @Test
    void pfaddOnACorruptedValueKeepsTheElementsAddedBeforeTheError() {
        // "7f" alone: an XZERO truncated at the end (Redis reads the NUL terminator: 16129 registers)
        byte[] truncated = hex("48594c4c0100000000000000000000807f");
        // PFADD t4 e53 -> INVALIDOBJ (register 16200 is not covered); value unchanged
        assertThatThrownBy(() -> HyperLogLog.add(truncated, args("e53")))
                .isInstanceOfSatisfying(HyperLogLog.CorruptedException.class,
                        e -> assertThat(e.modifiedValue()).isNull());
        // PFADD t3 a e53 b -> INVALIDOBJ, and GET t3 shows "a" was added in place
        assertThatThrownBy(() -> HyperLogLog.add(truncated, args("a", "e53", "b")))
                .isInstanceOfSatisfying(HyperLogLog.CorruptedException.class,
                        e -> assertThat(HEX.formatHex(e.modifiedValue()))
                                .isEqualTo("48594c4c01000000000000000000008071a6844d"));
        // PFADD t b hll a -> 1 (all three registers are below 16129)
        assertThat(HEX.formatHex(HyperLogLog.add(truncated, args("b", "hll", "a")).value()))
                .isEqualTo("48594c4c010000000000000000000080503888616c844bfb8041");
    }

    @Test
    void hashAndRegisters() {
        // PFADD x x gives XZERO(16374) VAL(2) ZERO(9): register 16374 = 2
        assertThat(HyperLogLog.registerIndex(b("x"))).isEqualTo(16374);
        assertThat(HyperLogLog.registerCount(b("x"))).isEqualTo(2);
        int[] regs = HyperLogLog.registers(HyperLogLog.add(null, args("x")).value());
        assertThat(regs[16374]).isEqualTo(2);
        assertThat(Arrays.stream(regs).sum()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ BitOps

    @Test
    void bitcountExamples() {
        byte[] foobar = b("foobar");
        assertThat(BitOps.bitcount(foobar)).isEqualTo(26);                       // BITCOUNT k
        assertThat(BitOps.bitcount(foobar, args("1", "1"))).isEqualTo(6);        // BITCOUNT k 1 1
        assertThat(BitOps.bitcount(foobar, args("5", "30", "BIT"))).isEqualTo(17); // BITCOUNT k 5 30 BIT
        assertThat(BitOps.bitcount(null, args("not", "numbers"))).isZero();       // absent key: 0 before parsing
        assertThatThrownBy(() -> BitOps.bitcount(foobar, args("0"))).hasMessage("ERR syntax error");
    }

    @Test
    void bitposExamples() {
        assertThat(BitOps.bitpos(b("\u00ff\u00f0\u0000"), 0, List.of())).isEqualTo(12);
        byte[] v = b("\u0000\u00ff\u00f0");
        assertThat(BitOps.bitpos(v, 1, args("0"))).isEqualTo(8);
        assertThat(BitOps.bitpos(v, 1, args("2"))).isEqualTo(16);
        assertThat(BitOps.bitpos(v, 1, args("2", "-1", "BYTE"))).isEqualTo(16);
        assertThat(BitOps.bitpos(v, 1, args("7", "15", "BIT"))).isEqualTo(8);
        byte[] ones = b("\u00ff\u00ff");
        assertThat(BitOps.bitpos(ones, 0, List.of())).isEqualTo(16);        // no end: the bit after the string
        assertThat(BitOps.bitpos(ones, 0, args("0"))).isEqualTo(16);
        assertThat(BitOps.bitpos(ones, 0, args("0", "-1"))).isEqualTo(-1);  // explicit end: -1
        assertThat(BitOps.bitpos(b("\u0000\u0000\u0000"), 1, List.of())).isEqualTo(-1);
        assertThat(BitOps.bitpos(null, 0, args("x"))).isZero();             // absent key
        assertThat(BitOps.bitpos(null, 1, List.of())).isEqualTo(-1);
        assertThatThrownBy(() -> BitOps.parseBitposBit(b("2"))).hasMessage("ERR The bit argument must be 1 or 0.");
    }

    @Test
    void bitopExamples() {
        byte[] a = b("abc");
        byte[] bb = b("a");
        // BITOP AND d a b nokey -> 3, GET d = "\0\0\0"
        assertThat(BitOps.bitop(BitOps.BitOp.AND, Arrays.asList(a, bb, null))).containsExactly(0, 0, 0);
        // BITOP XOR d a b -> 3, GET d = "\0bc"
        assertThat(BitOps.bitop(BitOps.BitOp.XOR, Arrays.asList(a, bb))).isEqualTo(b("\u0000bc"));
        // BITOP NOT d a -> 3, GET d = 9e9d9c
        assertThat(HEX.formatHex(BitOps.bitop(BitOps.BitOp.NOT, List.of(a)))).isEqualTo("9e9d9c");
        // BITOP OR d n1 n2 -> 0 and d is deleted
        assertThat(BitOps.bitop(BitOps.BitOp.OR, Arrays.asList(null, null))).isNull();
        assertThatThrownBy(() -> BitOps.parseBitOp(b("not"), 2))
                .hasMessage("ERR BITOP NOT must be called with a single source key.");
    }

    @Test
    void setbitGetbitExamples() {
        // SETBIT sb 9 1 -> 0; GET sb = 0040
        BitOps.SetBitResult r = BitOps.setbit(null, BitOps.parseBitOffset(b("9")), BitOps.parseBitValue(b("1")));
        assertThat(r.oldBit()).isZero();
        assertThat(HEX.formatHex(r.value())).isEqualTo("0040");
        assertThat(BitOps.getbit(r.value(), 9)).isEqualTo(1);
        assertThat(BitOps.getbit(r.value(), 100)).isZero();
        assertThatThrownBy(() -> BitOps.parseBitOffset(b("4294967296")))
                .hasMessage("ERR bit offset is not an integer or out of range");
        assertThatThrownBy(() -> BitOps.parseBitValue(b("2"))).hasMessage("ERR bit is not an integer or out of range");
    }

    // ------------------------------------------------------------------ BitField

    @Test
    void bitfieldExamples() {
        // BITFIELD bf INCRBY u2 100 1 OVERFLOW SAT INCRBY u2 102 1, four times
        BitField.Parsed p = BitField.parse(args("incrby", "u2", "100", "1", "overflow", "sat", "incrby", "u2", "102", "1"), false);
        byte[] v = null;
        List<List<Long>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BitField.Result r = BitField.execute(v, p);
            replies.add(r.replies());
            v = r.value();
        }
        assertThat(replies).containsExactly(List.of(1L, 1L), List.of(2L, 2L), List.of(3L, 3L), List.of(0L, 3L));
        assertThat(HEX.formatHex(v)).isEqualTo("00000000000000000000000003");

        // BITFIELD bf3 OVERFLOW FAIL INCRBY i8 0 200 SET i8 8 -1 GET u8 8 -> [nil, 0, 255]; GET bf3 = 00ff
        BitField.Result r = BitField.execute(null,
                BitField.parse(args("overflow", "fail", "incrby", "i8", "0", "200", "set", "i8", "8", "-1", "get", "u8", "8"), false));
        assertThat(r.replies()).containsExactly(null, 0L, 255L);
        assertThat(HEX.formatHex(r.value())).isEqualTo("00ff");

        // read-only: nothing to store
        BitField.Result ro = BitField.execute(null, BitField.parse(args("get", "i8", "#3"), true));
        assertThat(ro.replies()).containsExactly(0L);
        assertThat(ro.value()).isNull();

        assertThatThrownBy(() -> BitField.parse(args("get", "u64", "0"), false))
                .hasMessage("ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.");
        assertThatThrownBy(() -> BitField.parse(args("set", "i8", "0", "1"), true))
                .hasMessage("ERR BITFIELD_RO only supports the GET subcommand");
        assertThatThrownBy(() -> BitField.parse(args("overflow", "x"), false))
                .hasMessage("ERR Invalid OVERFLOW type specified");
    }
}
