package org.redisonmysql.core.resp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes replies as RESP2 or RESP3 bytes. Small replies go into one pooled buffer; a large bulk
 * value is appended as a wrapped buffer so a 100 MB value is never copied into the output.
 */
public final class RespWriter {
    private static final int WRAP_THRESHOLD = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final ByteBufAllocator allocator;
    private final int protocol;
    private final List<ByteBuf> parts = new ArrayList<>(1);
    private ByteBuf current;

    public RespWriter(ByteBufAllocator allocator, int protocol) {
        this.allocator = allocator;
        this.protocol = protocol;
        this.current = allocator.buffer(64);
    }

    public int protocol() {
        return protocol;
    }

    public boolean resp3() {
        return protocol >= 3;
    }

    /**
     * A status line. Status and error text is written as ISO-8859-1 so that client bytes quoted in
     * an error (as Redis quotes them) come back unchanged; build such text with {@link #latin1}.
     */
    public RespWriter simple(String s) {
        current.writeByte('+');
        current.writeCharSequence(s, StandardCharsets.ISO_8859_1);
        current.writeBytes(CRLF);
        return this;
    }

    public RespWriter error(String s) {
        current.writeByte('-');
        current.writeCharSequence(s, StandardCharsets.ISO_8859_1);
        current.writeBytes(CRLF);
        return this;
    }

    /** Bytes as a String of the same length, one char per byte, for error and status text. */
    public static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    public RespWriter integer(long v) {
        current.writeByte(':');
        writeDecimal(v);
        current.writeBytes(CRLF);
        return this;
    }

    public RespWriter bulk(byte[] value) {
        current.writeByte('$');
        writeDecimal(value.length);
        current.writeBytes(CRLF);
        if (value.length >= WRAP_THRESHOLD) {
            parts.add(current);
            parts.add(Unpooled.wrappedBuffer(value));
            current = allocator.buffer(64);
        } else {
            current.writeBytes(value);
        }
        current.writeBytes(CRLF);
        return this;
    }

    public RespWriter bulk(String value) {
        return bulk(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A missing value: {@code $-1} in RESP2, {@code _} in RESP3. */
    public RespWriter nullBulk() {
        if (resp3()) {
            current.writeBytes(new byte[] {'_', '\r', '\n'});
        } else {
            current.writeBytes(new byte[] {'$', '-', '1', '\r', '\n'});
        }
        return this;
    }

    /** A missing aggregate: {@code *-1} in RESP2, {@code _} in RESP3. */
    public RespWriter nullArray() {
        if (resp3()) {
            current.writeBytes(new byte[] {'_', '\r', '\n'});
        } else {
            current.writeBytes(new byte[] {'*', '-', '1', '\r', '\n'});
        }
        return this;
    }

    public RespWriter arrayHeader(int size) {
        return header('*', size);
    }

    /** A map of {@code pairs} entries: {@code %} in RESP3, a flat array of 2*pairs in RESP2. */
    public RespWriter mapHeader(int pairs) {
        return resp3() ? header('%', pairs) : header('*', pairs * 2);
    }

    /** A set: {@code ~} in RESP3, an array in RESP2. */
    public RespWriter setHeader(int size) {
        return header(resp3() ? '~' : '*', size);
    }

    /** An out-of-band push: {@code >} in RESP3, an array in RESP2. */
    public RespWriter pushHeader(int size) {
        return header(resp3() ? '>' : '*', size);
    }

    /** A double: {@code ,} in RESP3, a bulk string in RESP2 (as Redis does). */
    public RespWriter doubleValue(double value) {
        String text = RedisDoubles.format(value);
        if (resp3()) {
            current.writeByte(',');
            current.writeCharSequence(text, StandardCharsets.US_ASCII);
            current.writeBytes(CRLF);
            return this;
        }
        return bulk(text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A double whose text the caller formatted (Redis's {@code addReplyHumanLongDouble}, e.g. geo
     * coordinates): {@code ,text} in RESP3, a bulk string in RESP2.
     */
    public RespWriter doubleText(String text) {
        if (resp3()) {
            current.writeByte(',');
            current.writeCharSequence(text, StandardCharsets.US_ASCII);
            current.writeBytes(CRLF);
            return this;
        }
        return bulk(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A boolean: {@code #t}/{@code #f} in RESP3, integer 1/0 in RESP2. */
    public RespWriter bool(boolean value) {
        if (resp3()) {
            current.writeBytes(value ? new byte[] {'#', 't', '\r', '\n'} : new byte[] {'#', 'f', '\r', '\n'});
            return this;
        }
        return integer(value ? 1 : 0);
    }

    /** A verbatim string ({@code =}, format {@code txt}) in RESP3, a bulk string in RESP2. */
    public RespWriter verbatim(String text) {
        if (!resp3()) {
            return bulk(text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        current.writeByte('=');
        writeDecimal(bytes.length + 4);
        current.writeBytes(CRLF);
        current.writeBytes(new byte[] {'t', 'x', 't', ':'});
        current.writeBytes(bytes);
        current.writeBytes(CRLF);
        return this;
    }

    private RespWriter header(char type, long size) {
        current.writeByte(type);
        writeDecimal(size);
        current.writeBytes(CRLF);
        return this;
    }

    private void writeDecimal(long v) {
        if (v >= 0 && v < 10) {
            current.writeByte('0' + (int) v);
            return;
        }
        current.writeCharSequence(Long.toString(v), StandardCharsets.US_ASCII);
    }

    /** The encoded bytes, in order. The caller owns (and must release or write) every buffer. */
    public List<ByteBuf> finish() {
        parts.add(current);
        current = null;
        return parts;
    }

    /** Convenience for tests and small replies: everything in one buffer. */
    public ByteBuf finishAsOne() {
        List<ByteBuf> all = finish();
        if (all.size() == 1) {
            return all.get(0);
        }
        return Unpooled.wrappedBuffer(all.toArray(new ByteBuf[0]));
    }
}
