package org.redisonmysql.server.net;

/** The request limits the decoder enforces before it allocates anything. */
public record DecoderLimits(long maxFrameSize, int maxBulkLen, int maxArrayLen) {
    /** Redis's PROTO_INLINE_MAX_SIZE: longest inline command or header line. */
    public static final int INLINE_MAX = 64 * 1024;
    /** Unauthenticated clients: at most this many arguments (Redis allows 10)... */
    public static final int UNAUTHENTICATED_MAX_ARGS = 10;
    /** ...each at most this long (Redis's 16 KB). */
    public static final int UNAUTHENTICATED_MAX_BULK = 16384;
    /** First allocation for an argument array, whatever its declared length (Redis uses 1024 too). */
    public static final int INITIAL_ARGS = 1024;
}
