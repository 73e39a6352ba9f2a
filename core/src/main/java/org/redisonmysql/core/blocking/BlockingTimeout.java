package org.redisonmysql.core.blocking;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisLongDouble;
import org.redisonmysql.core.util.RedisNumbers;

/** Redis's getTimeoutFromObjectOrReply in seconds: fractional, 0 = forever, in milliseconds rounded up. */
public final class BlockingTimeout {
    private BlockingTimeout() {
    }

    /** The timeout in milliseconds (0 = wait forever). */
    public static long parseMillis(byte[] arg) {
        Double seconds = RedisNumbers.parseDoubleOrNull(arg);
        if (seconds == null && RedisLongDouble.parseOrNull(arg) != null) {
            // Beyond a double but a valid long double (1e400): Redis's cast makes it LLONG_MIN.
            throw Errors.of("ERR timeout is negative");
        }
        if (seconds == null || seconds.isNaN()) {
            throw Errors.of("ERR timeout is not a float or out of range");
        }
        double ms = Math.ceil(seconds * 1000.0);
        // Redis 7.0.15 casts the long double to long long: out of range gives LLONG_MIN on x86, so
        // huge and infinite timeouts are "negative" there too.
        if (ms < 0 || ms >= 0x1p63) {
            throw Errors.of("ERR timeout is negative");
        }
        return (long) ms;
    }
}
