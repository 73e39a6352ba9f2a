package org.redisonmysql.server.dispatch;

/**
 * How often, and with what backoff, a command is re-run after a deadlock or lock-wait timeout
 * (the original proxy's {@code string_set_retry} / {@code string_incr_retry}).
 */
public record RetryPolicy(int maxAttempts, long backoffBaseMs, long backoffMaxMs, long deadlineMs) {
    /** Whether attempt {@code attempt} (1, 2, ...) may be followed by another, given when the first began. */
    public boolean allowsAnotherAttempt(int attempt, long startedNanos) {
        return attempt < maxAttempts
                && (deadlineMs <= 0 || System.nanoTime() - startedNanos < deadlineMs * 1_000_000L);
    }

    /**
     * The same backoff, retrying until the deadline alone (scripts: a read-modify-write script on a
     * hot key deadlocks often at SERIALIZABLE; the deadline still bounds the wait).
     */
    public RetryPolicy untilDeadline() {
        return deadlineMs > 0 ? new RetryPolicy(Integer.MAX_VALUE, backoffBaseMs, backoffMaxMs, deadlineMs) : this;
    }

    /** Backoff before attempt {@code attempt} (2, 3, ...): base doubled per attempt, capped. */
    public long backoffMs(int attempt) {
        long backoff = backoffBaseMs << Math.min(attempt - 2, 20);
        return Math.min(backoff, backoffMaxMs);
    }
}
