package org.redisonmysql.core.blocking;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.jooq.Record2;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.DeferredReply;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.session.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Clients blocked on keys (BLPOP, BLMOVE, ...), per (tenant, db, key) in the order they blocked.
 * A push on this instance {@link #signal}s the key; pushes on other instances are found by polling
 * MySQL every {@link #POLL_MS} ms with one statement over every awaited key. A woken waiter retries
 * its command in a new transaction ({@link Retrier}); when that finds nothing it keeps its place.
 * One thread serves everything, which keeps each key's waiters strictly first-come first-served.
 */
@Singleton
public final class BlockingRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(BlockingRegistry.class);
    static final long POLL_MS = 50;

    /** Tries the blocked command once; null when there is still nothing to take. */
    @FunctionalInterface
    public interface Attempt {
        Reply tryOnce(CommandContext ctx);
    }

    private record WaitKey(String tenant, int db, ByteBuffer keyHash) {
    }

    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final class Waiter {
        final ClientSession session;
        final List<WaitKey> keys;
        final KeyType type;
        final Attempt attempt;
        final Reply timeoutReply;
        final long deadline;
        final CompletableFuture<Reply> future = new CompletableFuture<>();
        int state = WAITING; // guarded by BlockingRegistry.this

        Waiter(ClientSession session, List<WaitKey> keys, KeyType type, Attempt attempt, Reply timeoutReply, long deadline) {
            this.session = session;
            this.keys = keys;
            this.type = type;
            this.attempt = attempt;
            this.timeoutReply = timeoutReply;
            this.deadline = deadline;
        }
    }

    private final Retrier retrier;
    private final Map<WaitKey, LinkedHashSet<Waiter>> waiters = new HashMap<>();
    private final ScheduledExecutorService executor;

    @Inject
    public BlockingRegistry(Retrier retrier) {
        this.retrier = Objects.requireNonNull(retrier, "retrier");
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "blocked-clients");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Blocks the client on {@code keys} (its command found nothing): the reply is deferred until an
     * attempt succeeds, {@code timeoutMs} passes (0 = never) or the client disconnects.
     */
    public DeferredReply block(CommandContext ctx, List<byte[]> keys, KeyType type, long timeoutMs, Reply timeoutReply,
            Attempt attempt) {
        ClientSession session = ctx.session();
        List<WaitKey> waitKeys = new ArrayList<>();
        for (byte[] key : keys) {
            WaitKey k = new WaitKey(session.tenant(), session.db(), ByteBuffer.wrap(KeyHash.of(key)));
            if (!waitKeys.contains(k)) {
                waitKeys.add(k);
            }
        }
        long deadline = timeoutMs == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMs;
        Waiter w = new Waiter(session, waitKeys, type, attempt, timeoutReply, deadline);
        synchronized (this) {
            for (WaitKey k : waitKeys) {
                waiters.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(w);
            }
        }
        if (timeoutMs > 0) {
            executor.schedule(() -> expire(w), timeoutMs, TimeUnit.MILLISECONDS);
        }
        session.onClose(() -> cancel(w));
        // A push committed between the command's read and this registration would otherwise wait for the poll.
        for (WaitKey k : waitKeys) {
            executor.execute(() -> serve(k));
        }
        return new DeferredReply(w.future);
    }

    /** A key of this instance's tenant and db got elements: serve its waiters, first come first. */
    public void signal(String tenant, int db, byte[] key) {
        WaitKey k = new WaitKey(tenant, db, ByteBuffer.wrap(KeyHash.of(key)));
        synchronized (this) {
            if (!waiters.containsKey(k)) {
                return;
            }
        }
        executor.execute(() -> serve(k));
    }

    /**
     * {@link #signal}s {@code key} of the command's tenant and db once the command's writes are
     * committed: a waiter woken earlier would find nothing and wait for the next poll.
     */
    public void signalAfterCommit(CommandContext ctx, byte[] key) {
        String tenant = ctx.session().tenant();
        int db = ctx.session().db();
        ctx.afterCommit(() -> signal(tenant, db, key));
    }

    /** Number of blocked clients (for tests and INFO). */
    public synchronized int blockedClients() {
        Set<Waiter> all = new HashSet<>();
        waiters.values().forEach(all::addAll);
        return all.size();
    }

    private void serve(WaitKey key) {
        while (true) {
            Waiter w;
            synchronized (this) {
                LinkedHashSet<Waiter> queue = waiters.get(key);
                if (queue == null || queue.isEmpty()) {
                    return;
                }
                w = queue.iterator().next();
                if (w.state != WAITING) {
                    return;
                }
                w.state = RUNNING;
            }
            Reply reply = tryOnce(w);
            if (reply == null) {
                synchronized (this) {
                    w.state = WAITING;
                }
                if (System.currentTimeMillis() >= w.deadline) {
                    expire(w);
                }
                return;
            }
            finish(w, reply);
        }
    }

    private Reply tryOnce(Waiter w) {
        if (!w.session.isOpen()) {
            cancel(w);
            return null;
        }
        try {
            return retrier.inTransaction(w.session, ctx -> {
                Reply r = w.attempt.tryOnce(ctx);
                if (r != null && !w.session.isOpen()) {
                    // The client left while we popped for it: roll back, the element stays in the list.
                    throw new ClientGone();
                }
                return r;
            });
        } catch (ClientGone e) {
            cancel(w);
            return null;
        } catch (RedisException e) {
            return null; // e.g. the key is now of another type: keep waiting, as Redis does
        } catch (RuntimeException e) {
            LOG.warn("retry of a blocked client failed", e);
            return null;
        }
    }

    private void finish(Waiter w, Reply reply) {
        synchronized (this) {
            w.state = DONE;
            remove(w);
        }
        w.future.complete(reply);
    }

    private void expire(Waiter w) {
        synchronized (this) {
            if (w.state != WAITING) {
                return; // running: serve() checks the deadline when the attempt finds nothing
            }
            w.state = DONE;
            remove(w);
        }
        w.future.complete(w.timeoutReply);
    }

    private void cancel(Waiter w) {
        synchronized (this) {
            if (w.state == DONE) {
                return;
            }
            w.state = DONE;
            remove(w);
        }
        w.future.cancel(false);
    }

    private void remove(Waiter w) {
        for (WaitKey k : w.keys) {
            LinkedHashSet<Waiter> queue = waiters.get(k);
            if (queue != null) {
                queue.remove(w);
                if (queue.isEmpty()) {
                    waiters.remove(k);
                }
            }
        }
    }

    /** One statement per tenant with blocked clients: which awaited keys exist now (pushed anywhere). */
    private void poll() {
        Map<String, List<WaitKey>> byTenant = new HashMap<>();
        Map<String, ClientSession> sessionOf = new HashMap<>();
        Map<String, Set<KeyType>> typesOf = new HashMap<>();
        synchronized (this) {
            for (Map.Entry<WaitKey, LinkedHashSet<Waiter>> e : waiters.entrySet()) {
                Waiter first = e.getValue().iterator().next();
                byTenant.computeIfAbsent(e.getKey().tenant(), t -> new ArrayList<>()).add(e.getKey());
                sessionOf.putIfAbsent(e.getKey().tenant(), first.session);
                typesOf.computeIfAbsent(e.getKey().tenant(), t -> new HashSet<>()).add(first.type);
            }
        }
        for (Map.Entry<String, List<WaitKey>> e : byTenant.entrySet()) {
            String tenant = e.getKey();
            Set<Integer> dbs = new HashSet<>();
            List<byte[]> hashes = new ArrayList<>();
            for (WaitKey k : e.getValue()) {
                dbs.add(k.db());
                hashes.add(k.keyHash().array());
            }
            List<Record2<Integer, byte[]>> ready;
            try {
                ready = retrier.inTransaction(sessionOf.get(tenant), ctx ->
                        ReadyKeysRepository.ready(ctx.dsl(), tenant, dbs, hashes, typesOf.get(tenant), ctx.now()));
            } catch (RuntimeException ex) {
                LOG.debug("poll for blocked clients failed", ex);
                continue;
            }
            for (Record2<Integer, byte[]> r : ready) {
                serve(new WaitKey(tenant, r.value1(), ByteBuffer.wrap(r.value2())));
            }
        }
    }

    private static final class ClientGone extends RuntimeException {
        ClientGone() {
            super(null, null, false, false);
        }
    }
}
