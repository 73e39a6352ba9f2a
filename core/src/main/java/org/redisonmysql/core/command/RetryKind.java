package org.redisonmysql.core.command;

/**
 * Which of the configured retry policies applies on deadlock or lock-wait timeout:
 * {@code string_set_retry} for ordinary writes, {@code string_incr_retry} (more attempts, with a
 * deadline) for counters, where contention on one hot key is the normal case.
 */
public enum RetryKind {
    WRITE,
    COUNTER
}
