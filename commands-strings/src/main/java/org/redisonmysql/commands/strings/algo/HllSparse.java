package org.redisonmysql.commands.strings.algo;

import static org.redisonmysql.commands.strings.algo.HyperLogLog.ENCODING_DENSE;
import static org.redisonmysql.commands.strings.algo.HyperLogLog.ENCODING_SPARSE;
import static org.redisonmysql.commands.strings.algo.HyperLogLog.HEADER_SIZE;
import static org.redisonmysql.commands.strings.algo.HyperLogLog.REGISTERS;
import static org.redisonmysql.commands.strings.algo.HyperLogLog.DENSE_SIZE;
import static org.redisonmysql.commands.strings.algo.HyperLogLog.at;
import static org.redisonmysql.commands.strings.algo.HyperLogLog.denseSet;

/**
 * Redis's sparse HLL encoding: ZERO / XZERO / VAL opcodes over the 16384 registers, the in-place
 * register update with its opcode splits, and promotion to the dense encoding.
 */
final class HllSparse {
    private static final int SPARSE_VAL_MAX_VALUE = 32;
    private static final int SPARSE_VAL_MAX_LEN = 4;
    private static final int SPARSE_ZERO_MAX_LEN = 64;
    private static final int SPARSE_XZERO_MAX_LEN = 16384;

    private HllSparse() {
    }

    /** Histogram of a sparse value; false when the opcodes do not cover exactly 16384 registers. */
    static boolean sparseHisto(byte[] value, int[] histo) {
        long idx = 0;
        int p = HEADER_SIZE;
        int end = value.length;
        while (p < end) {
            int b = value[p] & 0xff;
            if ((b & 0xc0) == 0) {
                int runlen = (b & 0x3f) + 1;
                idx += runlen;
                histo[0] += runlen;
                p++;
            } else if ((b & 0xc0) == 0x40) {
                int runlen = (((b & 0x3f) << 8) | at(value, p + 1)) + 1;
                idx += runlen;
                histo[0] += runlen;
                p += 2;
            } else {
                int runlen = (b & 0x3) + 1;
                int regval = ((b >> 2) & 0x1f) + 1;
                idx += runlen;
                histo[regval] += runlen;
                p++;
            }
        }
        return idx == REGISTERS;
    }

    static HllBuffer newSparse() {
        int sparselen = HEADER_SIZE + ((REGISTERS + (SPARSE_XZERO_MAX_LEN - 1)) / SPARSE_XZERO_MAX_LEN) * 2;
        HllBuffer s = HllBuffer.zeros(sparselen);
        int p = HEADER_SIZE;
        int aux = REGISTERS;
        while (aux > 0) {
            int xzero = Math.min(SPARSE_XZERO_MAX_LEN, aux);
            s.setXzero(p, xzero);
            p += 2;
            aux -= xzero;
        }
        s.buf[0] = 'H';
        s.buf[1] = 'Y';
        s.buf[2] = 'L';
        s.buf[3] = 'L';
        s.buf[4] = ENCODING_SPARSE;
        return s;
    }

    /** Redis's {@code hllSparseToDense}; false (and {@code o} untouched) when the sparse body is invalid. */
    static boolean sparseToDense(HllBuffer o) {
        if (o.encoding() == ENCODING_DENSE) {
            return true;
        }
        HllBuffer dense = HllBuffer.zeros(DENSE_SIZE);
        System.arraycopy(o.buf, 0, dense.buf, 0, HEADER_SIZE);
        dense.buf[4] = ENCODING_DENSE;
        long idx = 0;
        int p = HEADER_SIZE;
        int end = o.len;
        while (p < end) {
            int b = o.at(p);
            if ((b & 0xc0) == 0) {
                idx += (b & 0x3f) + 1;
                p++;
            } else if ((b & 0xc0) == 0x40) {
                idx += (((b & 0x3f) << 8) | o.at(p + 1)) + 1;
                p += 2;
            } else {
                int runlen = (b & 0x3) + 1;
                int regval = ((b >> 2) & 0x1f) + 1;
                if (runlen + idx > REGISTERS) {
                    return false; // a VAL run past the last register
                }
                while (runlen-- > 0) {
                    denseSet(dense, (int) idx, regval);
                    idx++;
                }
                p++;
            }
        }
        if (idx != REGISTERS) {
            return false;
        }
        o.buf = dense.buf;
        o.len = dense.len;
        return true;
    }

    static boolean isZero(int b) {
        return (b & 0xc0) == 0;
    }

    static boolean isXzero(int b) {
        return (b & 0xc0) == 0x40;
    }

    static boolean isVal(int b) {
        return (b & 0x80) != 0;
    }

    static int valValue(int b) {
        return ((b >> 2) & 0x1f) + 1;
    }

    static int valLen(int b) {
        return (b & 0x3) + 1;
    }

    static byte valOp(int value, int len) {
        return (byte) (((value - 1) << 2 | (len - 1)) | 0x80);
    }

    /**
     * Redis's {@code hllSparseSet}, step for step (including its in-place edits and the
     * five-opcode merge scan): 1 register raised, 0 unchanged, -1 invalid sparse body.
     */
    static int sparseSet(HllBuffer o, int index, int count, int sparseMaxBytes) {
        if (count > SPARSE_VAL_MAX_VALUE) {
            return promote(o, index, count);
        }
        o.makeRoomFor(3);
        final int sparse = HEADER_SIZE;
        int p = sparse;
        int end = o.len;
        long first = 0;
        long span = 0;
        int prev = -1;
        while (p < end) {
            int oplen = 1;
            int b = o.at(p);
            if (isZero(b)) {
                span = (b & 0x3f) + 1;
            } else if (isVal(b)) {
                span = valLen(b);
            } else {
                span = (((b & 0x3f) << 8) | o.at(p + 1)) + 1;
                oplen = 2;
            }
            if (index <= first + span - 1) {
                break;
            }
            prev = p;
            p += oplen;
            first += span;
        }
        if (span == 0 || p >= end) {
            return -1;
        }
        int op = o.at(p);
        int next = isXzero(op) ? p + 2 : p + 1;
        if (next >= end) {
            next = -1;
        }
        boolean isZero = false;
        boolean isXzero = false;
        boolean isVal = false;
        long runlen;
        if (isZero(op)) {
            isZero = true;
            runlen = (op & 0x3f) + 1;
        } else if (isXzero(op)) {
            isXzero = true;
            runlen = (((op & 0x3f) << 8) | o.at(p + 1)) + 1;
        } else {
            isVal = true;
            runlen = valLen(op);
        }

        boolean done = false;
        if (isVal) {
            int oldcount = valValue(op);
            if (oldcount >= count) {
                return 0;
            }
            if (runlen == 1) {
                o.buf[p] = valOp(count, 1);
                done = true;
            }
        }
        if (!done && isZero && runlen == 1) {
            o.buf[p] = valOp(count, 1);
            done = true;
        }
        if (!done) {
            byte[] seq = new byte[5];
            int n = 0;
            int last = (int) (first + span - 1);
            int len;
            if (isZero || isXzero) {
                if (index != first) {
                    len = (int) (index - first);
                    if (len > SPARSE_ZERO_MAX_LEN) {
                        seq[n++] = (byte) (((len - 1) >> 8) | 0x40);
                        seq[n++] = (byte) ((len - 1) & 0xff);
                    } else {
                        seq[n++] = (byte) (len - 1);
                    }
                }
                seq[n++] = valOp(count, 1);
                if (index != last) {
                    len = last - index;
                    if (len > SPARSE_ZERO_MAX_LEN) {
                        seq[n++] = (byte) (((len - 1) >> 8) | 0x40);
                        seq[n++] = (byte) ((len - 1) & 0xff);
                    } else {
                        seq[n++] = (byte) (len - 1);
                    }
                }
            } else {
                int curval = valValue(op);
                if (index != first) {
                    len = (int) (index - first);
                    seq[n++] = valOp(curval, len);
                }
                seq[n++] = valOp(count, 1);
                if (index != last) {
                    len = last - index;
                    seq[n++] = valOp(curval, len);
                }
            }
            int seqlen = n;
            int oldlen = isXzero ? 2 : 1;
            int deltalen = seqlen - oldlen;
            if (deltalen > 0 && (long) o.len + deltalen > sparseMaxBytes) {
                return promote(o, index, count);
            }
            if (deltalen != 0 && next >= 0) {
                System.arraycopy(o.buf, next, o.buf, next + deltalen, end - next);
            }
            o.incrLen(deltalen);
            System.arraycopy(seq, 0, o.buf, p, seqlen);
            end += deltalen;
        }

        // Step 4: merge adjacent VAL opcodes of equal value, scanning up to 5 opcodes from prev.
        p = prev >= 0 ? prev : sparse;
        int scanlen = 5;
        while (p < end && scanlen-- > 0) {
            int b = o.at(p);
            if (isXzero(b)) {
                p += 2;
                continue;
            } else if (isZero(b)) {
                p++;
                continue;
            }
            if (p + 1 < end && isVal(o.at(p + 1))) {
                int v1 = valValue(b);
                int v2 = valValue(o.at(p + 1));
                if (v1 == v2) {
                    int len = valLen(b) + valLen(o.at(p + 1));
                    if (len <= SPARSE_VAL_MAX_LEN) {
                        o.buf[p + 1] = valOp(v1, len);
                        // memmove(p, p+1, end-p): also pulls the terminator byte down.
                        System.arraycopy(o.buf, p + 1, o.buf, p, end - p);
                        o.incrLen(-1);
                        end--;
                        continue;
                    }
                }
            }
            p++;
        }
        o.invalidateCache();
        return 1;
    }

    static int promote(HllBuffer o, int index, int count) {
        if (!sparseToDense(o)) {
            return -1;
        }
        denseSet(o, index, count);
        return 1;
    }
}
