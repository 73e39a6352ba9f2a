package org.redisonmysql.server.scripting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scripts of this instance that have run longer than {@code busy-reply-threshold} (Redis's
 * "busy" scripts). While a tenant has one, its other clients on this instance get Redis's -BUSY
 * error for every command without the {@code allow_busy} flag, as a Redis client would see while
 * a long script runs, and SCRIPT KILL / FUNCTION KILL can stop it. Scoped by tenant: one tenant's
 * slow script never blocks another tenant. Ordinary commands pay one volatile read
 * ({@link #anyBusy()}) and nothing more while no script is busy.
 */
public final class BusyScripts {
    public static final String BUSY_EVAL =
            "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";
    public static final String BUSY_FUNCTION =
            "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.";
    static final String UNKILLABLE = "UNKILLABLE Sorry the script already executed write commands against the dataset."
            + " You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.";
    static final String NOTBUSY = "NOTBUSY No scripts in execution right now.";
    static final long DEFAULT_THRESHOLD_MS = 5000;

    private final Map<String, String> redisConfig;
    private final AtomicInteger busyCount = new AtomicInteger();
    private final Map<String, List<ScriptRun>> byTenant = new ConcurrentHashMap<>();

    /** @param redisConfig CONFIG SET values of this instance (busy-reply-threshold is read from it). */
    public BusyScripts(Map<String, String> redisConfig) {
        this.redisConfig = redisConfig;
    }

    /** The hot-path test: true only while some script of this instance is busy. */
    public boolean anyBusy() {
        return busyCount.get() > 0;
    }

    /** Redis's -BUSY error for a client of {@code tenant}, or null when none of its scripts is busy. */
    public String rejection(String tenant) {
        List<ScriptRun> runs = byTenant.get(tenant);
        if (runs == null || runs.isEmpty()) {
            return null;
        }
        return runs.get(0).function ? BUSY_FUNCTION : BUSY_EVAL;
    }

    /** busy-reply-threshold (alias lua-time-limit), milliseconds. */
    long thresholdMs() {
        String v = redisConfig.get("busy-reply-threshold");
        if (v == null) {
            return DEFAULT_THRESHOLD_MS;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD_MS;
        }
    }

    void markBusy(ScriptRun run) {
        if (run.busy) {
            return;
        }
        run.busy = true;
        byTenant.computeIfAbsent(run.session.tenant(), t -> new CopyOnWriteArrayList<>()).add(run);
        busyCount.incrementAndGet();
    }

    void finished(ScriptRun run) {
        if (!run.busy) {
            return;
        }
        List<ScriptRun> runs = byTenant.get(run.session.tenant());
        if (runs != null && runs.remove(run)) {
            busyCount.decrementAndGet();
        }
        run.busy = false;
    }

    /** The tenant's busy script (the oldest), or null. */
    ScriptRun busyRun(String tenant) {
        List<ScriptRun> runs = byTenant.get(tenant);
        if (runs == null) {
            return null;
        }
        for (ScriptRun r : runs) {
            return r;
        }
        return null;
    }

    /**
     * SCRIPT KILL ({@code eval} true) or FUNCTION KILL: Redis's scriptKill checks, in its order.
     * Returns null when the script was told to stop, else the error to answer.
     */
    public String kill(String tenant, boolean eval) {
        ScriptRun run = busyRun(tenant);
        if (run == null) {
            return NOTBUSY;
        }
        if (run.wrote) {
            return UNKILLABLE;
        }
        if (eval && run.function) {
            return BUSY_FUNCTION;
        }
        if (!eval && !run.function) {
            return BUSY_EVAL;
        }
        run.killed = true;
        return null;
    }

    /** FUNCTION STATS running_script: the tenant's busy script as {name, command argv, duration ms}, or null. */
    public RunningScript running(String tenant) {
        ScriptRun run = busyRun(tenant);
        if (run == null) {
            return null;
        }
        return new RunningScript(run.name, run.commandArgv, (System.nanoTime() - run.startedNanos) / 1_000_000);
    }

    /** What FUNCTION STATS shows of a running script. */
    public record RunningScript(String name, byte[][] command, long durationMs) {
    }
}
