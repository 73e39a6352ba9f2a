package org.redisonmysql.server.commands.cluster;

/** Redis Cluster's key slot: CRC16 (XMODEM) of the key, or of its {hash tag}, modulo 16384. */
public final class KeySlot {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = crc & 0xffff;
        }
    }

    private KeySlot() {
    }

    public static int crc16(byte[] buf, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ buf[i]) & 0xff]) & 0xffff;
        }
        return crc;
    }

    /** The slot, hashing only between the first '{' and the next '}' when that is non-empty. */
    public static int of(byte[] key) {
        int open = -1;
        for (int i = 0; i < key.length; i++) {
            if (key[i] == '{') {
                open = i;
                break;
            }
        }
        if (open >= 0) {
            for (int j = open + 1; j < key.length; j++) {
                if (key[j] == '}') {
                    if (j > open + 1) {
                        return crc16(key, open + 1, j) & 16383;
                    }
                    break;
                }
            }
        }
        return crc16(key, 0, key.length) & 16383;
    }
}
