package org.redisonmysql.server.dispatch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Per-command counters for INFO commandstats and INFO stats; CONFIG RESETSTAT clears them. */
public final class CommandStats {
    /** Counters of one command. */
    public static final class Counters {
        final LongAdder calls = new LongAdder();
        final LongAdder micros = new LongAdder();
        final LongAdder rejected = new LongAdder();
        final LongAdder failed = new LongAdder();

        public long calls() {
            return calls.sum();
        }

        public long micros() {
            return micros.sum();
        }

        public long rejected() {
            return rejected.sum();
        }

        public long failed() {
            return failed.sum();
        }
    }

    private final Map<String, Counters> byCommand = new ConcurrentHashMap<>();
    private final LongAdder totalCommands = new LongAdder();
    private final LongAdder errorReplies = new LongAdder();
    private final long startedAtMillis = System.currentTimeMillis();

    void called(String fullName, long micros, boolean failed) {
        Counters c = byCommand.computeIfAbsent(fullName, k -> new Counters());
        c.calls.increment();
        c.micros.add(micros);
        if (failed) {
            c.failed.increment();
            errorReplies.increment();
        }
        totalCommands.increment();
    }

    void rejected(String fullName) {
        if (fullName != null) {
            byCommand.computeIfAbsent(fullName, k -> new Counters()).rejected.increment();
        }
        errorReplies.increment();
    }

    public Map<String, Counters> snapshot() {
        return new TreeMap<>(byCommand);
    }

    public long totalCommands() {
        return totalCommands.sum();
    }

    public long errorReplies() {
        return errorReplies.sum();
    }

    public long startedAtMillis() {
        return startedAtMillis;
    }

    public void reset() {
        byCommand.clear();
        totalCommands.reset();
        errorReplies.reset();
    }
}
