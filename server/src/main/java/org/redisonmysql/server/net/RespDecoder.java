package org.redisonmysql.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Decodes client requests: RESP arrays of bulk strings, and inline commands as redis-cli and
 * telnet send them. Emits {@code byte[][]} per command, or one {@link ProtocolError} after which
 * it discards all input. Every limit is checked on the declared sizes before anything is
 * allocated, and an argument's array grows with the bytes that actually arrive (a client cannot
 * reserve memory by announcing a large length), so a large value is held about once, not once in
 * the socket buffer and again in the command.
 */
public final class RespDecoder extends ByteToMessageDecoder {
    /** First allocation for an argument; it doubles as its bytes arrive, up to the declared length. */
    private static final int BULK_CHUNK = 256 * 1024;

    private final DecoderLimits limits;
    private final BooleanSupplier authenticated;
    private final BooleanSupplier commandsInFlight;
    private volatile boolean waitingForAuth;
    /** Reading was switched off by this decoder while a frame waits for earlier commands. */
    private boolean readingPaused;

    private byte[][] args;
    private int argCount;
    private int argIndex;
    private byte[] bulk;
    private int bulkLength;
    private int bulkFilled;
    private long frameBytes;
    private long partialSince;
    private boolean failed;

    public RespDecoder(DecoderLimits limits, BooleanSupplier authenticated) {
        this(limits, authenticated, () -> false);
    }

    /**
     * @param commandsInFlight whether commands decoded earlier still wait to run: an AUTH among them
     *     may lift the unauthenticated limits, so a frame over those limits waits for them (Redis
     *     parses a command only after running the one before, so a pipelined AUTH counts).
     */
    public RespDecoder(DecoderLimits limits, BooleanSupplier authenticated, BooleanSupplier commandsInFlight) {
        this.limits = limits;
        this.authenticated = authenticated;
        this.commandsInFlight = commandsInFlight;
    }

    /** True while a frame over the unauthenticated limits waits for earlier commands (see the constructor). */
    public boolean waitingForAuth() {
        return waitingForAuth;
    }

    /** When the bytes of an unfinished request started to arrive (System.nanoTime), or 0. */
    public long partialSince() {
        return partialSince;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        waitingForAuth = false;
        if (readingPaused) {
            readingPaused = false;
            ctx.channel().config().setAutoRead(true);
        }
        try {
            while (in.isReadable()) {
                if (args == null) {
                    if (partialSince == 0) {
                        partialSince = System.nanoTime();
                    }
                    boolean progressed = in.getByte(in.readerIndex()) == '*' ? readArrayHeader(ctx, in, out) : readInline(in, out);
                    if (!progressed) {
                        return;
                    }
                    if (args == null) {
                        partialSince = 0;
                        continue; // empty command (inline blank line or *0 / *-1)
                    }
                }
                if (!readArguments(ctx, in, out)) {
                    return;
                }
                out.add(argCount == args.length ? args : Arrays.copyOf(args, argCount));
                args = null;
                partialSince = 0;
            }
        } catch (ProtocolViolation e) {
            failed = true;
            args = null;
            bulk = null;
            in.skipBytes(in.readableBytes());
            out.add(new ProtocolError(e.getMessage()));
        }
    }

    /**
     * Over the unauthenticated limits: wait when earlier commands (maybe an AUTH) have not run yet.
     * Reading stops while the frame waits, so the bytes held meanwhile stay bounded (the client may
     * keep sending; before this, everything it sent while an AUTH ran piled up here); the next
     * decode, which the connection triggers once those commands are answered, resumes it.
     */
    private boolean mustWaitForAuth(ChannelHandlerContext ctx, List<Object> out) {
        // Flag first, then look: the connection decrements its count first, then looks at the flag,
        // so one of the two always sees the other and the waiting frame is never forgotten.
        waitingForAuth = true;
        if (!out.isEmpty() || commandsInFlight.getAsBoolean()) {
            readingPaused = true;
            ctx.channel().config().setAutoRead(false);
            return true;
        }
        waitingForAuth = false;
        return false;
    }

    private boolean readArrayHeader(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int cr = in.forEachByte(in.readerIndex(), in.readableBytes(), ByteProcessor.FIND_CR);
        if (cr < 0 || cr + 1 >= in.writerIndex()) {
            if (in.readableBytes() > DecoderLimits.INLINE_MAX) {
                throw new ProtocolViolation("too big mbulk count string");
            }
            return false;
        }
        long count = parseLength(in, in.readerIndex() + 1, cr);
        if (count == Long.MIN_VALUE || count > Integer.MAX_VALUE || count > limits.maxArrayLen()) {
            throw new ProtocolViolation("invalid multibulk length");
        }
        if (count > DecoderLimits.UNAUTHENTICATED_MAX_ARGS && !authenticated.getAsBoolean()) {
            if (mustWaitForAuth(ctx, out)) {
                return false;
            }
            throw new ProtocolViolation("unauthenticated multibulk length");
        }
        frameBytes = cr + 2 - in.readerIndex();
        in.readerIndex(cr + 2);
        if (count <= 0) {
            return true;
        }
        argCount = (int) count;
        argIndex = 0;
        args = new byte[(int) Math.min(count, DecoderLimits.INITIAL_ARGS)][];
        return true;
    }

    private boolean readArguments(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (argIndex < argCount) {
            if (bulk == null) {
                if (!in.isReadable()) {
                    return false;
                }
                // As Redis: the header line (its CR and one byte after) first, then its first byte.
                int cr = in.forEachByte(in.readerIndex(), in.readableBytes(), ByteProcessor.FIND_CR);
                if (cr < 0 || cr + 1 >= in.writerIndex()) {
                    if (in.readableBytes() > DecoderLimits.INLINE_MAX) {
                        throw new ProtocolViolation("too big bulk count string");
                    }
                    return false;
                }
                byte first = in.getByte(in.readerIndex());
                if (first != '$') {
                    // Redis turns CR and LF in an error into spaces, keeping the reply one line.
                    char shown = first == '\r' || first == '\n' ? ' ' : (char) (first & 0xff);
                    throw new ProtocolViolation("expected '$', got '" + shown + "'");
                }
                long len = parseLength(in, in.readerIndex() + 1, cr);
                if (len < 0 || len > limits.maxBulkLen()) {
                    throw new ProtocolViolation("invalid bulk length");
                }
                if (len > DecoderLimits.UNAUTHENTICATED_MAX_BULK && !authenticated.getAsBoolean()) {
                    if (mustWaitForAuth(ctx, out)) {
                        return false;
                    }
                    throw new ProtocolViolation("unauthenticated bulk length");
                }
                frameBytes += (cr + 2 - in.readerIndex()) + len + 2;
                if (frameBytes > limits.maxFrameSize()) {
                    throw new ProtocolViolation("request exceeds the configured max_frame_size");
                }
                in.readerIndex(cr + 2);
                // A declared length is only a promise: memory grows with the bytes that arrive.
                bulkLength = (int) len;
                bulk = new byte[Math.min(bulkLength, BULK_CHUNK)];
                bulkFilled = 0;
            }
            while (bulkFilled < bulkLength && in.isReadable()) {
                if (bulkFilled == bulk.length) {
                    long wanted = Math.max((long) bulk.length * 2, (long) bulkFilled + in.readableBytes());
                    bulk = Arrays.copyOf(bulk, (int) Math.min(bulkLength, wanted));
                }
                int n = Math.min(bulk.length - bulkFilled, in.readableBytes());
                in.readBytes(bulk, bulkFilled, n);
                bulkFilled += n;
            }
            if (bulkFilled < bulkLength || in.readableBytes() < 2) {
                return false;
            }
            // Redis skips the two bytes after the payload without looking at them.
            in.skipBytes(2);
            if (argIndex == args.length) {
                args = Arrays.copyOf(args, (int) Math.min((long) args.length * 2, argCount));
            }
            args[argIndex++] = bulk;
            bulk = null;
        }
        return true;
    }

    private boolean readInline(ByteBuf in, List<Object> out) {
        int lf = in.forEachByte(in.readerIndex(), in.readableBytes(), ByteProcessor.FIND_LF);
        if (lf < 0) {
            if (in.readableBytes() > DecoderLimits.INLINE_MAX) {
                throw new ProtocolViolation("too big inline request");
            }
            return false;
        }
        int end = lf;
        if (end > in.readerIndex() && in.getByte(end - 1) == '\r') {
            end--;
        }
        byte[] line = new byte[end - in.readerIndex()];
        in.getBytes(in.readerIndex(), line);
        in.readerIndex(lf + 1);
        List<byte[]> parts = InlineCommandParser.split(line);
        if (parts == null) {
            throw new ProtocolViolation("unbalanced quotes in request");
        }
        if (!parts.isEmpty()) {
            out.add(parts.toArray(new byte[0][]));
        }
        return true;
    }

    /** Redis's string2ll on the header digits; Long.MIN_VALUE when they are not a valid integer. */
    private static long parseLength(ByteBuf in, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 20) {
            return Long.MIN_VALUE;
        }
        byte[] digits = new byte[len];
        in.getBytes(from, digits);
        Long v = org.redisonmysql.core.util.RedisNumbers.parseLongOrNull(digits);
        return v == null ? Long.MIN_VALUE : v;
    }

    /** Internal control flow for a protocol error. */
    private static final class ProtocolViolation extends RuntimeException {
        ProtocolViolation(String message) {
            super(message, null, false, false);
        }
    }
}
