package org.redisonmysql.server.scripting;

/** LZF decompression (liblzf's lzf_d, which Redis uses for compressed RDB strings). */
final class Lzf {
    private Lzf() {
    }

    /** The {@code outLen} bytes compressed in {@code in[from, from+len)}, or null when malformed. */
    static byte[] decompress(byte[] in, int from, int len, int outLen) {
        byte[] out = new byte[outLen];
        int ip = from;
        int inEnd = from + len;
        int op = 0;
        while (ip < inEnd) {
            int ctrl = in[ip++] & 0xff;
            if (ctrl < 32) {
                int n = ctrl + 1;
                if (op + n > outLen || ip + n > inEnd) {
                    return null;
                }
                System.arraycopy(in, ip, out, op, n);
                ip += n;
                op += n;
            } else {
                int n = ctrl >> 5;
                int ref = op - ((ctrl & 0x1f) << 8) - 1;
                if (ip >= inEnd) {
                    return null;
                }
                if (n == 7) {
                    n += in[ip++] & 0xff;
                    if (ip >= inEnd) {
                        return null;
                    }
                }
                ref -= in[ip++] & 0xff;
                n += 2;
                if (op + n > outLen || ref < 0) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    out[op++] = out[ref++];
                }
            }
        }
        return op == outLen ? out : null;
    }
}
