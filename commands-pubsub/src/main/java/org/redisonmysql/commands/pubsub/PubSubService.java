package org.redisonmysql.commands.pubsub;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.jooq.DSLContext;
import org.redisonmysql.core.session.ClientSession;
import org.redisonmysql.core.session.SubscriptionReset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * This instance's part in Pub/Sub across instances: its id, its registration in MySQL, the poller
 * that brings other instances' messages (one query per interval, whatever the number of
 * subscribers), the heartbeat and the cleanup of old messages and dead instances.
 */
@Singleton
public final class PubSubService implements SubscriptionReset {
    private static final Logger LOG = LoggerFactory.getLogger(PubSubService.class);

    /** Subscriptions of closed connections, removed from MySQL off the event loop (retried on failure). */
    private record Decrement(String tenant, Kind kind, List<byte[]> names) {
    }

    private final long instanceId = new SecureRandom().nextLong() & Long.MAX_VALUE;
    private final LocalSubscriptions local;
    private final Queue<Decrement> decrements = new ConcurrentLinkedQueue<>();
    private volatile PubSubSettings settings = PubSubSettings.defaults();
    private volatile Supplier<DSLContext> jobDsl = () -> null;
    private volatile ScheduledExecutorService executor;
    private GapTracker position; // guarded by this

    @Inject
    PubSubService(LocalSubscriptions local) {
        this.local = local;
    }

    public long instanceId() {
        return instanceId;
    }

    PubSubSettings settings() {
        return settings;
    }

    long aliveSince(long now) {
        return now - settings.idleMs();
    }

    /** Starts the poller, heartbeat and cleanup on a thread of their own. */
    public synchronized void start(PubSubSettings settings, Supplier<DSLContext> jobDsl) {
        this.settings = settings;
        this.jobDsl = jobDsl;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rom-pubsub");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, settings.pollMs(), settings.pollMs(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::heartbeatSafely, 0, settings.heartbeatMs(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::cleanupSafely, settings.cleanupIntervalMs(), settings.cleanupIntervalMs(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the jobs and withdraws this instance, so that others stop counting its subscribers at once. */
    public void stop() {
        ScheduledExecutorService e = executor;
        if (e == null) {
            return;
        }
        e.shutdownNow();
        try {
            DSLContext dsl = jobDsl.get();
            if (dsl != null) {
                PubSubRepository.withdraw(dsl, instanceId);
            }
        } catch (RuntimeException ex) {
            LOG.debug("pubsub: could not withdraw instance: {}", ex.toString());
        }
    }

    /**
     * Before the first subscription is registered: this instance's row exists and the poller's
     * position is fixed, so nothing published after the subscription commits is missed.
     */
    void ensureRegistered(DSLContext dsl, long now) {
        synchronized (this) {
            if (position != null) {
                return;
            }
            PubSubRepository.heartbeat(dsl, instanceId, now);
            position = new GapTracker(PubSubRepository.maxMessageId(dsl), gapWaitMs());
        }
    }

    private long gapWaitMs() {
        return Math.max(10_000, 50 * settings.pollMs());
    }

    // ---- subscriptions of sessions ----

    /** RESET: leaves everything and unregisters in MySQL now, within the command. */
    @Override
    public void unsubscribeAll(ClientSession session, DSLContext dsl) {
        for (Decrement d : leaveAll(session)) {
            release(dsl, d.tenant(), d.kind(), d.names());
        }
    }

    /** A closed connection: leaves everything; the pubsub thread unregisters in MySQL. */
    void unsubscribeAll(ClientSession session) {
        decrements.addAll(leaveAll(session));
        ScheduledExecutorService e = executor;
        if (e != null) {
            e.execute(this::applyDecrementsSafely);
        }
    }

    /** Removes the session from every local subscription; returns what to unregister in MySQL. */
    private List<Decrement> leaveAll(ClientSession session) {
        List<Decrement> out = new ArrayList<>();
        Subscriber s = local.existing(session);
        if (s == null) {
            return out;
        }
        for (Kind kind : Kind.values()) {
            List<byte[]> removed = new ArrayList<>();
            for (Bytes name : s.snapshot(kind)) {
                if (local.remove(s, kind, name.value())) {
                    removed.add(name.value());
                }
            }
            if (!removed.isEmpty()) {
                out.add(new Decrement(s.tenant, kind, removed));
            }
        }
        local.forget(session);
        session.setSubscriptionCount(0);
        return out;
    }

    /**
     * Unregisters names the session left. Done in the command so that other instances stop counting
     * it at once; if the database fails, the job retries later and the client still gets its reply.
     */
    void release(DSLContext dsl, String tenant, Kind kind, List<byte[]> names) {
        try {
            PubSubRepository.decrement(dsl, instanceId, tenant, kind, names);
        } catch (RuntimeException e) {
            LOG.warn("pubsub: unregistering failed, will retry: {}", e.toString());
            decrements.add(new Decrement(tenant, kind, names));
        }
    }

    /** Registers the close action once per session: a disconnected subscriber leaves everything. */
    Subscriber subscriberFor(ClientSession session) {
        Subscriber existing = local.existing(session);
        if (existing != null) {
            return existing;
        }
        Subscriber s = local.subscriber(session);
        session.onClose(() -> unsubscribeAll(session));
        return s;
    }

    // ---- jobs ----

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            LOG.warn("pubsub poll failed: {}", e.toString());
        }
    }

    /** One polling round (several queries only when a batch comes back full). */
    void pollOnce() {
        GapTracker p;
        synchronized (this) {
            p = position;
        }
        if (p == null) {
            return; // no subscriber has ever registered here: nothing can be addressed to this instance
        }
        DSLContext dsl = jobDsl.get();
        if (dsl == null) {
            return;
        }
        int batch = settings.pollBatch();
        int got;
        do {
            long now = System.currentTimeMillis();
            var rows = PubSubRepository.poll(dsl, p.lastSeen(), List.copyOf(p.gaps()), batch);
            got = rows.size();
            for (var r : rows) {
                if (p.seen(r.getId(), now) && r.getInstanceId() != instanceId) {
                    local.deliver(r.getTenant(), Kind.ofCode(r.getKind()), r.getChannel(), r.getPayload(), null, null);
                }
            }
            p.expire(now);
        } while (got == batch);
    }

    private void heartbeatSafely() {
        try {
            DSLContext dsl = jobDsl.get();
            if (dsl == null) {
                return;
            }
            long now = System.currentTimeMillis();
            ensureRegistered(dsl, now);
            PubSubRepository.heartbeat(dsl, instanceId, now);
            applyDecrements(dsl);
            PubSubRepository.deleteEmpty(dsl, instanceId);
        } catch (RuntimeException e) {
            LOG.warn("pubsub heartbeat failed: {}", e.toString());
        }
    }

    private void applyDecrementsSafely() {
        try {
            DSLContext dsl = jobDsl.get();
            if (dsl != null) {
                applyDecrements(dsl);
            }
        } catch (RuntimeException e) {
            LOG.warn("pubsub: removing closed subscriptions failed, will retry: {}", e.toString());
        }
    }

    private void applyDecrements(DSLContext dsl) {
        Decrement d;
        while ((d = decrements.peek()) != null) {
            PubSubRepository.decrement(dsl, instanceId, d.tenant(), d.kind(), d.names());
            decrements.poll();
        }
    }

    private void cleanupSafely() {
        try {
            DSLContext dsl = jobDsl.get();
            if (dsl != null) {
                runCleanup(dsl, System.currentTimeMillis());
            }
        } catch (RuntimeException e) {
            LOG.warn("pubsub cleanup failed: {}", e.toString());
        }
    }

    /** Deletes messages past their TTL (in bounded batches) and instances silent for too long. */
    public void runCleanup(DSLContext dsl, long now) {
        int batches = 0;
        while (PubSubRepository.deleteMessagesBefore(dsl, now - settings.messageTtlMs(), 1000) == 1000
                && ++batches < 1000) {
            // keep going: a backlog after a long outage is cleared in one run, in small statements
        }
        PubSubRepository.deleteDeadInstances(dsl, now - settings.idleMs());
    }
}
