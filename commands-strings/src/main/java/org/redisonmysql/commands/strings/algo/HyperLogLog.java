package org.redisonmysql.commands.strings.algo;

import org.redisonmysql.core.error.RedisException;

import java.util.List;

/**
 * Redis 7.0's HyperLogLog, byte for byte: values produced here are interchangeable with a real
 * Redis (GET / SET / DUMP of the string).
 *
 * <h2>Format</h2>
 * A 16-byte header: {@code "HYLL"}, encoding byte (0 = dense, 1 = sparse), 3 unused bytes, 8-byte
 * little-endian cached cardinality whose top bit ({@code card[7] & 0x80}) means "cache invalid".
 * Dense: 16384 6-bit registers packed LSB first (12288 bytes, total length 12304). Sparse: a run
 * of opcodes ZERO {@code 00xxxxxx} (1..64 zero registers), XZERO {@code 01xxxxxx yyyyyyyy}
 * (1..16384 zero registers), VAL {@code 1vvvvvxx} (1..4 registers of value 1..32). Elements are
 * hashed with MurmurHash64A (seed {@code 0xadc83b19}); the low 14 bits choose the register, the
 * register candidate is 1 + the number of trailing zeros of the remaining 50 bits (max 51). A
 * sparse value is promoted to dense when a register would exceed 32 or when the string would grow
 * past {@code hll-sparse-max-bytes} (default {@value #DEFAULT_SPARSE_MAX_BYTES}, header included).
 *
 * <h2>Usage by command handlers</h2>
 * Every value argument is the raw string bytes, or {@code null} for an absent key. The caller does
 * the generic key-type check ({@code WRONGTYPE Operation against a key...}) itself, in Redis's
 * order, before passing a value here; these methods then throw {@link RedisException} with
 * {@link #ERR_NOT_HLL} for strings that are not HLLs and {@link #ERR_CORRUPTED} for HLLs whose
 * body is broken.
 * <ul>
 * <li>PFADD key [el...]: {@link #add(byte[], List)}; store {@code value()} when {@code changed()}
 * (reply 1) else reply 0. A {@link CorruptedException} carries the value as Redis leaves it.</li>
 * <li>PFCOUNT key: {@link #count(byte[])}; if {@code updatedValue()} is non-null store it (Redis
 * writes the refreshed cache back and propagates the key as modified).</li>
 * <li>PFCOUNT k1 k2 ...: {@link Union} (add each key's value in argument order, interleaving the
 * caller's type check) then {@link Union#count()}; or {@link #countMany(List)}.</li>
 * <li>PFMERGE dest src...: {@link Union} with the dest's value first then each source, then
 * {@link Union#storeInto(byte[])}; or {@link #merge(byte[], List)}. Always stores (reply OK).</li>
 * </ul>
 *
 * <h2>Known limits of exactness (corrupted values only)</h2>
 * Redis edits the sds in place: when it splits an XZERO opcode that is truncated at the very end
 * of the string, the last byte of the new sequence lands in the sds NUL-terminator slot and later
 * commands on that in-memory value read it; we store only the visible bytes, so a later command
 * reads 0 there. Within one call this is emulated exactly. Sparse values large enough to overflow
 * Redis's {@code int} register counters (hundreds of KB of XZERO opcodes, CVE-2025-32023, unfixed
 * in 7.0.15) are simply reported as corrupted here.
 */
public final class HyperLogLog {
    /** {@code -WRONGTYPE} reply for a string that is not an HLL (bad magic, encoding, dense length, too short). */
    public static final String ERR_NOT_HLL = "WRONGTYPE Key is not a valid HyperLogLog string value.";
    /** {@code -INVALIDOBJ} reply for an HLL whose sparse body does not describe exactly 16384 registers. */
    public static final String ERR_CORRUPTED = "INVALIDOBJ Corrupted HLL object detected";

    public static final int HEADER_SIZE = 16;
    public static final int REGISTERS = 16384;
    public static final int DENSE_SIZE = HEADER_SIZE + (REGISTERS * 6 + 7) / 8;
    public static final int ENCODING_DENSE = 0;
    public static final int ENCODING_SPARSE = 1;
    /** Redis's default {@code hll-sparse-max-bytes}. */
    public static final int DEFAULT_SPARSE_MAX_BYTES = 3000;
    /** The seed Redis passes to MurmurHash64A. */
    public static final long HASH_SEED = 0xadc83b19L;

    private static final int P = 14;
    private static final int Q = 64 - P;
    private static final int P_MASK = REGISTERS - 1;
    private static final int REGISTER_MAX = 63;

    private HyperLogLog() {
    }

    /** Result of PFADD: the value to store and whether PFADD replies 1 (and the key must be written). */
    public record AddResult(byte[] value, boolean changed) {
    }

    /**
     * Result of single-key PFCOUNT: the reply, and the value with the refreshed cache to store
     * ({@code null} when the cached cardinality was valid and nothing must be written).
     */
    public record CountResult(long count, byte[] updatedValue) {
    }

    /**
     * {@code INVALIDOBJ} raised by PFADD part-way through its elements. Redis edits the stored
     * string in place, so elements added before the corruption was detected stay added:
     * {@link #modifiedValue()} is the value Redis holds afterwards, or {@code null} if unchanged.
     */
    public static final class CorruptedException extends RedisException {
        private final transient byte[] modifiedValue;

        public CorruptedException(byte[] modifiedValue) {
            super(ERR_CORRUPTED);
            this.modifiedValue = modifiedValue;
        }

        public byte[] modifiedValue() {
            return modifiedValue;
        }
    }

    // ------------------------------------------------------------------ public API

    /** A new empty HLL exactly as Redis creates it (sparse, 18 bytes, cache 0 and valid). */
    public static byte[] empty() {
        return HllSparse.newSparse().toBytes();
    }

    /** Redis's {@code isHLLObjectOrReply} structural check on a string value. */
    public static boolean isValid(byte[] value) {
        if (value.length < HEADER_SIZE) {
            return false;
        }
        if (value[0] != 'H' || value[1] != 'Y' || value[2] != 'L' || value[3] != 'L') {
            return false;
        }
        int enc = value[4] & 0xff;
        if (enc > ENCODING_SPARSE) {
            return false;
        }
        return enc != ENCODING_DENSE || value.length == DENSE_SIZE;
    }

    /** Throws {@link #ERR_NOT_HLL} unless {@link #isValid(byte[])}. */
    public static void checkValid(byte[] value) {
        if (!isValid(value)) {
            throw new RedisException(ERR_NOT_HLL);
        }
    }

    /** PFADD with Redis's default {@code hll-sparse-max-bytes}. See {@link #add(byte[], List, int)}. */
    public static AddResult add(byte[] current, List<byte[]> elements) {
        return add(current, elements, DEFAULT_SPARSE_MAX_BYTES);
    }

    /**
     * PFADD. {@code current == null} creates a new HLL, which counts as a change even without
     * elements. When changed, the cache-invalid bit is set (other cached bytes are kept, as Redis
     * does). Throws {@link #ERR_NOT_HLL} / {@link CorruptedException}.
     */
    public static AddResult add(byte[] current, List<byte[]> elements, int sparseMaxBytes) {
        HllBuffer o;
        int updated = 0;
        if (current == null) {
            o = HllSparse.newSparse();
            updated++;
        } else {
            checkValid(current);
            o = HllBuffer.of(current);
        }
        int modified = 0;
        for (byte[] ele : elements) {
            long hash = murmurHash64A(ele, HASH_SEED);
            int index = (int) (hash & P_MASK);
            int count = patternLength(hash);
            int r = o.encoding() == ENCODING_DENSE ? denseSet(o, index, count) : HllSparse.sparseSet(o, index, count, sparseMaxBytes);
            if (r == -1) {
                throw new CorruptedException(current == null || modified > 0 ? o.toBytes() : null);
            }
            if (r == 1) {
                updated++;
                modified++;
            }
        }
        if (updated > 0) {
            o.invalidateCache();
        }
        return new AddResult(updated > 0 ? o.toBytes() : current, updated > 0);
    }

    /**
     * Single-key PFCOUNT on an existing value. A valid cache is returned as is (even for an HLL
     * whose registers are corrupted); otherwise the count is computed ({@link #ERR_CORRUPTED} if
     * the sparse body is broken) and a copy with the cache refreshed is returned for storing.
     */
    public static CountResult count(byte[] value) {
        checkValid(value);
        if ((value[15] & 0x80) == 0) {
            long card = 0;
            for (int i = 7; i >= 0; i--) {
                card = (card << 8) | (value[8 + i] & 0xff);
            }
            return new CountResult(card, null);
        }
        int[] histo = new int[64];
        boolean ok;
        if ((value[4] & 0xff) == ENCODING_DENSE) {
            denseHisto(value, histo);
            ok = true;
        } else {
            ok = HllSparse.sparseHisto(value, histo);
        }
        if (!ok) {
            throw new RedisException(ERR_CORRUPTED);
        }
        long card = HllEstimator.estimate(histo);
        byte[] updated = value.clone();
        for (int i = 0; i < 8; i++) {
            updated[8 + i] = (byte) (card >>> (8 * i));
        }
        return new CountResult(card, updated);
    }

    /** Multi-key PFCOUNT: cardinality of the union; {@code null} entries are absent keys. Never modifies values. */
    public static long countMany(List<byte[]> values) {
        Union u = new Union();
        for (byte[] v : values) {
            u.add(v);
        }
        return u.count();
    }

    /** PFMERGE with Redis's default {@code hll-sparse-max-bytes}; see {@link #merge(byte[], List, int)}. */
    public static byte[] merge(byte[] dest, List<byte[]> sources) {
        return merge(dest, sources, DEFAULT_SPARSE_MAX_BYTES);
    }

    /**
     * PFMERGE: the new value of {@code dest} (which takes part in the union, as in Redis). The
     * result is dense when any input (dest included) is dense, otherwise it is built by sparse
     * updates of dest (or of a new empty HLL) and may still get promoted. Cache is invalidated.
     */
    public static byte[] merge(byte[] dest, List<byte[]> sources, int sparseMaxBytes) {
        Union u = new Union();
        u.add(dest);
        for (byte[] s : sources) {
            u.add(s);
        }
        return u.storeInto(dest, sparseMaxBytes);
    }

    /**
     * The register-wise maximum of several HLLs, as PFCOUNT (multi-key) and PFMERGE build it.
     * Add values in the command's key order (check each key's type just before adding it).
     */
    public static final class Union {
        private final byte[] max = new byte[REGISTERS];
        private boolean anyDense;

        /** Merges one value; {@code null} (absent key) is ignored. Throws {@link #ERR_NOT_HLL} / {@link #ERR_CORRUPTED}. */
        public Union add(byte[] value) {
            if (value == null) {
                return this;
            }
            checkValid(value);
            if ((value[4] & 0xff) == ENCODING_DENSE) {
                anyDense = true;
                for (int i = 0; i < REGISTERS; i++) {
                    int v = denseGet(value, HEADER_SIZE, i);
                    if (v > (max[i] & 0xff)) {
                        max[i] = (byte) v;
                    }
                }
                return this;
            }
            int p = HEADER_SIZE;
            int end = value.length;
            long i = 0;
            while (p < end) {
                int b = value[p] & 0xff;
                if ((b & 0xc0) == 0) {
                    i += (b & 0x3f) + 1;
                    p++;
                } else if ((b & 0xc0) == 0x40) {
                    i += (((b & 0x3f) << 8) | at(value, p + 1)) + 1;
                    p += 2;
                } else {
                    int runlen = (b & 0x3) + 1;
                    int regval = ((b >> 2) & 0x1f) + 1;
                    if (runlen + i > REGISTERS) {
                        throw new RedisException(ERR_CORRUPTED); // a VAL run past the last register
                    }
                    while (runlen-- > 0) {
                        if (regval > (max[(int) i] & 0xff)) {
                            max[(int) i] = (byte) regval;
                        }
                        i++;
                    }
                    p++;
                }
            }
            if (i != REGISTERS) {
                throw new RedisException(ERR_CORRUPTED);
            }
            return this;
        }

        /** Whether some merged value was dense (PFMERGE then makes the destination dense). */
        public boolean anyDense() {
            return anyDense;
        }

        /** The estimated cardinality of the union (multi-key PFCOUNT's reply). */
        public long count() {
            int[] histo = new int[64];
            for (int i = 0; i < REGISTERS; i++) {
                histo[max[i]]++;
            }
            return HllEstimator.estimate(histo);
        }

        /** PFMERGE's write with the default {@code hll-sparse-max-bytes}. */
        public byte[] storeInto(byte[] destCurrent) {
            return storeInto(destCurrent, DEFAULT_SPARSE_MAX_BYTES);
        }

        /**
         * PFMERGE's write: the destination's new value given its current value ({@code null} when
         * absent; it must have been added to this union already when present).
         */
        public byte[] storeInto(byte[] destCurrent, int sparseMaxBytes) {
            HllBuffer o = destCurrent == null ? HllSparse.newSparse() : HllBuffer.of(destCurrent);
            if (anyDense && !HllSparse.sparseToDense(o)) {
                throw new RedisException(ERR_CORRUPTED);
            }
            for (int j = 0; j < REGISTERS; j++) {
                int v = max[j] & 0xff;
                if (v == 0) {
                    continue;
                }
                if (o.encoding() == ENCODING_DENSE) {
                    denseSet(o, j, v);
                } else {
                    HllSparse.sparseSet(o, j, v, sparseMaxBytes);
                }
            }
            o.invalidateCache();
            return o.toBytes();
        }
    }

    /** The 16384 register values of a valid HLL (dense or sparse); {@link #ERR_CORRUPTED} if broken. */
    public static int[] registers(byte[] value) {
        byte[] max = new Union().add(value).max;
        int[] r = new int[REGISTERS];
        for (int i = 0; i < REGISTERS; i++) {
            r[i] = max[i] & 0xff;
        }
        return r;
    }

    /** MurmurHash64A as Redis compiles it on little-endian machines. */
    public static long murmurHash64A(byte[] key, long seed) {
        return MurmurHash64A.hash(key, seed);
    }

    /** The register index (0..16383) an element maps to. */
    public static int registerIndex(byte[] element) {
        return (int) (murmurHash64A(element, HASH_SEED) & P_MASK);
    }

    /** The register candidate value (1..51) of an element: 1 + trailing zeros of the hash's upper 50 bits. */
    public static int registerCount(byte[] element) {
        return patternLength(murmurHash64A(element, HASH_SEED));
    }

    // ------------------------------------------------------------------ internals

    private static int patternLength(long hash) {
        long h = (hash >>> P) | (1L << Q);
        return Long.numberOfTrailingZeros(h) + 1;
    }

    static int at(byte[] a, int i) {
        return i < a.length ? a[i] & 0xff : 0;
    }

    static int denseGet(byte[] a, int base, int regnum) {
        int bitPos = regnum * 6;
        int b = base + (bitPos >>> 3);
        int fb = bitPos & 7;
        int b0 = at(a, b);
        int b1 = at(a, b + 1);
        return ((b0 >>> fb) | (b1 << (8 - fb))) & REGISTER_MAX;
    }

    private static void denseHisto(byte[] value, int[] histo) {
        for (int i = 0; i < REGISTERS; i++) {
            histo[denseGet(value, HEADER_SIZE, i)]++;
        }
    }

    static int denseSet(HllBuffer o, int index, int count) {
        int old = denseGet(o.buf, HEADER_SIZE, index);
        if (count > old) {
            int bitPos = index * 6;
            int b = HEADER_SIZE + (bitPos >>> 3);
            int fb = bitPos & 7;
            int fb8 = 8 - fb;
            o.buf[b] = (byte) ((o.buf[b] & ~(REGISTER_MAX << fb)) | (count << fb));
            o.buf[b + 1] = (byte) ((o.buf[b + 1] & ~(REGISTER_MAX >>> fb8)) | (count >>> fb8));
            return 1;
        }
        return 0;
    }
}
