package org.redisonmysql.core.blocking;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.util.RedisNumbers;

/** Redis's getTimeoutFromObjectOrReply in seconds: fractional, 0 = forever, in milliseconds rounded up. */
public final class BlockingTimeout {
    private BlockingTimeout() {
    }

    /** The timeout in milliseconds (0 = wait forever). */
    public static long parseMillis(byte[] arg) {
        Double seconds = RedisNumbers.parseDoubleOrNull(arg);
        if (seconds == null || seconds.isNaN()) {
            throw Errors.of("ERR timeout is not a float or out of range");
        }
        double ms = seconds * 1000.0;
        if (ms > Long.MAX_VALUE) {
            throw Errors.of("ERR timeout is out of range");
        }
        long millis = (long) Math.ceil(ms);
        if (millis < 0) {
            throw Errors.of("ERR timeout is negative");
        }
        return millis;
    }
}
