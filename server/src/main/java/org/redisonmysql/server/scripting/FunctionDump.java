package org.redisonmysql.server.scripting;

import org.redisonmysql.core.error.RedisException;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * FUNCTION DUMP / RESTORE payloads in Redis 7's own format, so that a dump taken from a real Redis
 * restores here and ours restores there: for each library the RDB opcode FUNCTION2 (245) and the
 * library code as an RDB string, then the RDB version (10, two bytes little-endian) and the CRC64
 * (Jones polynomial, as Redis's crc64.c) of everything before it, eight bytes little-endian.
 * Reading accepts every RDB string encoding (plain, integer, LZF); writing stores the code plain,
 * as Redis does for code that LZF does not shrink (Redis compresses longer, repetitive code, so its
 * dump of such a library can differ in bytes from ours while both restore the same libraries).
 */
public final class FunctionDump {
    static final int OPCODE_FUNCTION_PRE_GA = 246;
    static final int OPCODE_FUNCTION2 = 245;
    static final int RDB_VERSION = 10;
    private static final long CRC64_POLY_REFLECTED = 0x95AC9329AC4BC9B5L;
    private static final long[] CRC_TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ CRC64_POLY_REFLECTED : crc >>> 1;
            }
            CRC_TABLE[i] = crc;
        }
    }

    private FunctionDump() {
    }

    /** The payload of these libraries' codes. */
    public static byte[] encode(List<byte[]> codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] code : codes) {
            out.write(OPCODE_FUNCTION2);
            writeLength(out, code.length);
            out.writeBytes(code);
        }
        out.write(RDB_VERSION & 0xff);
        out.write((RDB_VERSION >>> 8) & 0xff);
        byte[] body = out.toByteArray();
        long crc = crc64(body, body.length);
        for (int i = 0; i < 8; i++) {
            out.write((int) (crc >>> (8 * i)) & 0xff);
        }
        return out.toByteArray();
    }

    /** The libraries' codes in a payload, or Redis's FUNCTION RESTORE error. */
    public static List<byte[]> decode(byte[] payload) {
        if (!verify(payload)) {
            throw new RedisException("ERR DUMP payload version or checksum are wrong");
        }
        // Like Redis's rio buffer, a library's strings may be read into the footer; only the loop stops before it.
        Reader r = new Reader(payload, payload.length);
        List<byte[]> codes = new ArrayList<>();
        while (payload.length - r.pos > 10) {
            int type = r.readByte();
            if (type < 0) {
                throw new RedisException("ERR can not read data type");
            }
            if (type == OPCODE_FUNCTION_PRE_GA) {
                codes.add(preGa(r));
                continue;
            }
            if (type != OPCODE_FUNCTION2) {
                throw new RedisException("ERR given type is not a function");
            }
            byte[] code = r.readString();
            if (code == null) {
                throw new RedisException("ERR Failed loading library payload");
            }
            codes.add(code);
        }
        return codes;
    }

    /**
     * The format of Redis 7.0 rc1/rc2 (name, engine, optional description, code), turned into
     * today's payload "#!engine name=name\ncode" as Redis's rdbFunctionLoad does.
     */
    private static byte[] preGa(Reader r) {
        byte[] name = r.readString();
        if (name == null) {
            throw new RedisException("ERR Failed loading library name");
        }
        byte[] engine = r.readString();
        if (engine == null) {
            throw new RedisException("ERR Failed loading engine name");
        }
        long hasDesc = r.readLength(new boolean[1]);
        if (hasDesc < 0) {
            throw new RedisException("ERR Failed loading library description indicator");
        }
        if (hasDesc != 0 && r.readString() == null) {
            throw new RedisException("ERR Failed loading library description");
        }
        byte[] blob = r.readString();
        if (blob == null) {
            throw new RedisException("ERR Failed loading library blob");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("#!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(engine);
        out.writeBytes(" name=".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(name);
        out.write('\n');
        out.writeBytes(blob);
        return out.toByteArray();
    }

    /** verifyDumpPayload: ten bytes of footer, a version Redis 7.0 knows, and a matching CRC64. */
    static boolean verify(byte[] p) {
        if (p.length < 10) {
            return false;
        }
        int footer = p.length - 10;
        int version = (p[footer] & 0xff) | (p[footer + 1] & 0xff) << 8;
        if (version > RDB_VERSION) {
            return false;
        }
        long crc = crc64(p, p.length - 8);
        for (int i = 0; i < 8; i++) {
            if ((byte) (crc >>> (8 * i)) != p[footer + 2 + i]) {
                return false;
            }
        }
        return true;
    }

    static long crc64(byte[] data, int len) {
        long crc = 0;
        for (int i = 0; i < len; i++) {
            crc = CRC_TABLE[(int) ((crc ^ data[i]) & 0xff)] ^ (crc >>> 8);
        }
        return crc;
    }

    /** rdbSaveLen. */
    private static void writeLength(ByteArrayOutputStream out, long len) {
        if (len < (1 << 6)) {
            out.write((int) len);
        } else if (len < (1 << 14)) {
            out.write((int) ((len >>> 8) & 0xff) | 0x40);
            out.write((int) (len & 0xff));
        } else if (len <= 0xffffffffL) {
            out.write(0x80);
            for (int i = 3; i >= 0; i--) {
                out.write((int) (len >>> (8 * i)) & 0xff);
            }
        } else {
            out.write(0x81);
            for (int i = 7; i >= 0; i--) {
                out.write((int) (len >>> (8 * i)) & 0xff);
            }
        }
    }

    /** Reads RDB values from the payload, never past its footer. */
    private static final class Reader {
        private final byte[] p;
        private final int end;
        int pos;

        Reader(byte[] p, int end) {
            this.p = p;
            this.end = end;
        }

        int readByte() {
            return pos < end ? p[pos++] & 0xff : -1;
        }

        /** rdbLoadLenByRef: the length, or -1 on a short read; {@code encoded[0]} says it is an encoding type. */
        long readLength(boolean[] encoded) {
            int b = readByte();
            if (b < 0) {
                return -1;
            }
            int type = (b & 0xc0) >> 6;
            encoded[0] = false;
            if (type == 3) {
                encoded[0] = true;
                return b & 0x3f;
            }
            if (type == 0) {
                return b & 0x3f;
            }
            if (type == 1) {
                int next = readByte();
                return next < 0 ? -1 : ((long) (b & 0x3f) << 8) | next;
            }
            int n = b == 0x80 ? 4 : b == 0x81 ? 8 : -1;
            if (n < 0 || pos + n > end) {
                return -1;
            }
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (p[pos++] & 0xff);
            }
            return v;
        }

        /** rdbGenericLoadStringObject: plain, integer-encoded or LZF-compressed; null when malformed. */
        byte[] readString() {
            boolean[] encoded = new boolean[1];
            long len = readLength(encoded);
            if (len < 0) {
                return null;
            }
            if (encoded[0]) {
                switch ((int) len) {
                    case 0:
                        return intString(1);
                    case 1:
                        return intString(2);
                    case 2:
                        return intString(4);
                    case 3:
                        return lzf();
                    default:
                        return null;
                }
            }
            return bytes(len);
        }

        private byte[] bytes(long len) {
            if (len > end - pos) {
                return null;
            }
            byte[] out = new byte[(int) len];
            System.arraycopy(p, pos, out, 0, out.length);
            pos += out.length;
            return out;
        }

        private byte[] intString(int size) {
            if (pos + size > end) {
                return null;
            }
            long v = 0;
            for (int i = 0; i < size; i++) {
                v |= (long) (p[pos++] & 0xff) << (8 * i);
            }
            long signed = size == 1 ? (byte) v : size == 2 ? (short) v : (int) v;
            return Long.toString(signed).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        private byte[] lzf() {
            boolean[] encoded = new boolean[1];
            long clen = readLength(encoded);
            long len = readLength(encoded);
            if (clen < 0 || len < 0 || clen > end - pos || len > Integer.MAX_VALUE - 8) {
                return null;
            }
            byte[] out = Lzf.decompress(p, pos, (int) clen, (int) len);
            pos += (int) clen;
            return out;
        }
    }
}
