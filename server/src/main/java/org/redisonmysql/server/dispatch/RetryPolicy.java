package org.redisonmysql.server.dispatch;

/**
 * How often, and with what backoff, a command is re-run after a deadlock or lock-wait timeout
 * (the original proxy's {@code string_set_retry} / {@code string_incr_retry}).
 */
public record RetryPolicy(int maxAttempts, long backoffBaseMs, long backoffMaxMs, long deadlineMs) {
    /** Backoff before attempt {@code attempt} (2, 3, ...): base doubled per attempt, capped. */
    public long backoffMs(int attempt) {
        long backoff = backoffBaseMs << Math.min(attempt - 2, 20);
        return Math.min(backoff, backoffMaxMs);
    }
}
