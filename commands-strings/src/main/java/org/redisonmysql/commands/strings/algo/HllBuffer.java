package org.redisonmysql.commands.strings.algo;

import java.util.Arrays;

/**
 * An sds-like growable buffer: {@code len} visible bytes, a terminator byte at {@code len}
 * (Redis reads it when an XZERO opcode is truncated at the end), spare capacity after it.
 */
final class HllBuffer {
    byte[] buf;
    int len;

    static HllBuffer zeros(int len) {
        HllBuffer s = new HllBuffer();
        s.buf = new byte[len + 1];
        s.len = len;
        return s;
    }

    static HllBuffer of(byte[] value) {
        HllBuffer s = new HllBuffer();
        s.buf = Arrays.copyOf(value, value.length + 1);
        s.len = value.length;
        return s;
    }

    int at(int i) {
        return i < buf.length ? buf[i] & 0xff : 0;
    }

    int encoding() {
        return buf[4] & 0xff;
    }

    void makeRoomFor(int add) {
        if (buf.length < len + add + 1) {
            buf = Arrays.copyOf(buf, Math.max(len + add + 1, buf.length * 2));
        }
    }

    void incrLen(int delta) {
        len += delta;
        buf[len] = 0;
    }

    void setXzero(int p, int len) {
        int l = len - 1;
        buf[p] = (byte) ((l >> 8) | 0x40);
        buf[p + 1] = (byte) (l & 0xff);
    }

    void invalidateCache() {
        buf[15] |= (byte) 0x80;
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }
}
