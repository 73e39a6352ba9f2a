package org.redisonmysql.server.jobs;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.redisonmysql.core.keyspace.WatchMarker;
import org.redisonmysql.server.db.UserPool;
import org.redisonmysql.server.dispatch.CurrentCommand;
import org.redisonmysql.server.dispatch.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

import static org.redisonmysql.db.Tables.REDIS_KEY;

/**
 * Deletes expired keys in bounded batches. Expired keys are already invisible to every command;
 * this only reclaims their rows (child rows go with them by cascade). Safe with several instances:
 * each batch locks its rows with SKIP LOCKED, so instances never wait on each other's batches.
 */
public final class ExpiryCleanupJob implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryCleanupJob.class);
    /** Batches per run at most, so one run stays short; the next run picks up the rest. */
    static final int MAX_BATCHES_PER_RUN = 1000;

    private final Supplier<UserPool> pool;
    private final int batch;
    private final List<org.jooq.ExecuteListener> listeners;

    public ExpiryCleanupJob(Supplier<UserPool> pool, int batch, List<org.jooq.ExecuteListener> listeners) {
        this.pool = pool;
        this.batch = batch;
        this.listeners = listeners;
    }

    @Override
    public void run() {
        UserPool p = pool.get();
        if (p == null) {
            return;
        }
        CurrentCommand.runAs("(expiry cleanup job)", () -> {
            try {
                int total = 0;
                int deleted;
                int batches = 0;
                do {
                    deleted = runBatch(p, System.currentTimeMillis());
                    total += deleted;
                } while (deleted == batch && ++batches < MAX_BATCHES_PER_RUN);
                if (total > 0) {
                    LOG.debug("expiry cleanup deleted {} keys", total);
                }
            } catch (RuntimeException e) {
                LOG.warn("expiry cleanup failed: {}", e.toString());
            }
        });
    }

    /** Deletes up to one batch of keys expired at {@code now}; returns how many. */
    public int runBatch(UserPool p, long now) {
        DefaultConfiguration config = new DefaultConfiguration();
        config.set(p.dataSource());
        config.set(p.dialect());
        config.set(Dispatcher.jooqSettings());
        if (!listeners.isEmpty()) {
            config.set(listeners.toArray(new org.jooq.ExecuteListener[0]));
        }
        DSLContext dsl = DSL.using(config);
        return dsl.transactionResult(tx -> {
            List<Long> ids = tx.dsl().select(REDIS_KEY.ID).from(REDIS_KEY)
                    .where(WatchMarker.deletableAt(now))
                    .orderBy(REDIS_KEY.EXPIRES_AT)
                    .limit(batch)
                    .forUpdate().skipLocked()
                    .fetch(REDIS_KEY.ID);
            if (ids.isEmpty()) {
                return 0;
            }
            return tx.dsl().deleteFrom(REDIS_KEY)
                    .where(REDIS_KEY.ID.in(ids)).and(WatchMarker.deletableAt(now))
                    .execute();
        });
    }
}
