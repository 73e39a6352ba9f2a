package org.redisonmysql.commands.strings.algo;

/** MurmurHash64A exactly as Redis compiles it on little-endian machines (the HLL element hash). */
final class MurmurHash64A {
    private MurmurHash64A() {
    }

    static long hash(byte[] key, long seed) {
        final long m = 0xc6a4a7935bd1e995L;
        final int r = 47;
        int len = key.length;
        long h = (seed & 0xffffffffL) ^ (len * m);
        int nblocks = len - (len & 7);
        for (int i = 0; i < nblocks; i += 8) {
            long k = (key[i] & 0xffL) | (key[i + 1] & 0xffL) << 8 | (key[i + 2] & 0xffL) << 16
                    | (key[i + 3] & 0xffL) << 24 | (key[i + 4] & 0xffL) << 32 | (key[i + 5] & 0xffL) << 40
                    | (key[i + 6] & 0xffL) << 48 | (key[i + 7] & 0xffL) << 56;
            k *= m;
            k ^= k >>> r;
            k *= m;
            h ^= k;
            h *= m;
        }
        int rem = len & 7;
        if (rem > 0) {
            for (int i = rem - 1; i >= 0; i--) {
                h ^= (key[nblocks + i] & 0xffL) << (8 * i);
            }
            h *= m;
        }
        h ^= h >>> r;
        h *= m;
        h ^= h >>> r;
        return h;
    }
}
