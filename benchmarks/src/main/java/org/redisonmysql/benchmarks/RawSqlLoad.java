package org.redisonmysql.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.redisonmysql.commands.strings.StringCounterRepository;
import org.redisonmysql.commands.strings.StringRepository;
import org.redisonmysql.commands.strings.StringSetRepository;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.server.auth.TenantResolver;
import org.redisonmysql.server.config.ConfigKey;
import org.redisonmysql.server.config.HostPort;
import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.db.DatabaseTarget;
import org.redisonmysql.server.db.UserPool;
import org.redisonmysql.server.db.UserPools;
import org.redisonmysql.server.dispatch.Dispatcher;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The raw-SQL baseline: what GET, SET and INCR cost in MySQL alone, without RESP, Netty or the
 * dispatcher. So that the statements cannot drift from the server's, it does not copy them: it
 * calls the server's own repository methods ({@link StringRepository#get},
 * {@link StringSetRepository#set}, {@link StringCounterRepository#incrBy}) on a pool made by the
 * server's own {@link UserPools} (same JDBC URL options, READ COMMITTED, pool size = the default
 * {@code pool.max_connections}), with the server's jOOQ settings and detected dialect, one pooled
 * autocommit connection per request as the dispatcher does for single-statement commands.
 * The keys and the value are redis-benchmark's ({@code key:%012d} / {@code counter:%012d}, "xxx").
 *
 * <p>{@code java -cp server.jar:benchmarks.jar org.redisonmysql.benchmarks.RawSqlLoad
 * host:port database user password GET|SET|INCR [requests] [threads]}
 */
public final class RawSqlLoad implements AutoCloseable {
    /** The operations the baseline can run. */
    public enum Op { GET, SET, INCR }

    private static final byte[] VALUE = "xxx".getBytes(StandardCharsets.US_ASCII);

    private final UserPools pools;
    private final HikariDataSource dataSource;
    private final SQLDialect dialect;
    private final String tenant;
    private final int poolSize;
    private final StringRepository strings = new StringRepository();
    private final StringSetRepository sets = new StringSetRepository();
    private final StringCounterRepository counters = new StringCounterRepository();

    public RawSqlLoad(String mysqlAddr, String database, String user, String password) throws Exception {
        ServerConfig defaults = ServerConfig.defaults();
        this.poolSize = defaults.getInt(ConfigKey.POOL_MAX_CONNECTIONS);
        this.pools = new UserPools(new DatabaseTarget(HostPort.parse(mysqlAddr), database,
                defaults.getString(ConfigKey.MYSQL_OPTIONS), defaults.getInt(ConfigKey.POOL_CONNECT_TIMEOUT_MS)),
                poolSize, defaults.getInt(ConfigKey.POOL_IDLE_TTL_SECS));
        UserPool pool = pools.login(user, password);
        this.dataSource = pool.dataSource();
        this.dialect = pool.dialect();
        this.tenant = new TenantResolver(defaults.getPattern(ConfigKey.TENANT_REGEX),
                defaults.getString(ConfigKey.TENANT_NO_MATCH)).tenantOf(user)
                .orElseThrow(() -> new IllegalArgumentException("the default tenant rules reject user " + user));
    }

    /**
     * Opens every pool connection before the first measured run, as the server's pool is full by
     * the time redis-benchmark has run a while. One at a time: 50 threads asking an empty pool at
     * once can time out on a loaded machine (Hikari opens connections one by one).
     */
    public void fillPool() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                for (int attempt = 1; ; attempt++) {
                    try {
                        held.add(dataSource.getConnection());
                        break;
                    } catch (java.sql.SQLException e) {
                        if (attempt == 3) {
                            throw e;
                        }
                    }
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    public int poolSize() {
        return poolSize;
    }

    /** {@code requests} operations spread over {@code threads} threads, each request timed on its own. */
    public Measurement run(Op op, int requests, int threads) throws InterruptedException {
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<LatencyRecorder> recorders = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            LatencyRecorder recorder = new LatencyRecorder();
            recorders.add(recorder);
            workers.add(new Thread(() -> {
                try {
                    while (remaining.getAndDecrement() > 0 && failure.get() == null) {
                        long start = System.nanoTime();
                        once(op);
                        recorder.record(System.nanoTime() - start);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "raw-sql-" + t));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            // as redis-benchmark does on an error reply: the run stops and says why
            Throwable root = failure.get();
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return Measurement.failed(root.getClass().getSimpleName() + ": " + root.getMessage());
        }
        LatencyRecorder all = LatencyRecorder.merge(recorders);
        return new Measurement(all.count() / (elapsed / 1e9), all.percentileMs(50), all.percentileMs(99));
    }

    private void once(Op op) throws Exception {
        int n = ThreadLocalRandom.current().nextInt(RedisBenchmarkRunner.KEYSPACE);
        try (Connection c = dataSource.getConnection()) {
            DSLContext dsl = DSL.using(c, dialect, Dispatcher.jooqSettings());
            KeyScope scope = new KeyScope(dsl, tenant, 0, System.currentTimeMillis());
            switch (op) {
                case GET -> strings.get(scope, key("key:", n));
                case SET -> sets.set(scope, key("key:", n), VALUE, null, false, StringSetRepository.When.ALWAYS);
                case INCR -> counters.incrBy(scope, key("counter:", n), 1);
                default -> throw new IllegalArgumentException(op.name());
            }
        }
    }

    /** redis-benchmark's key for random number n: the prefix and n as 12 digits. */
    static byte[] key(String prefix, int n) {
        return String.format("%s%012d", prefix, n).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        pools.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: RawSqlLoad host:port database user password GET|SET|INCR [requests] [threads]");
            System.exit(2);
        }
        int requests = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
        int threads = args.length > 6 ? Integer.parseInt(args[6]) : 50;
        try (RawSqlLoad load = new RawSqlLoad(args[0], args[1], args[2], args[3])) {
            Measurement m = load.run(Op.valueOf(args[4]), requests, threads);
            if (!m.ok()) {
                System.out.println(args[4] + " failed: " + m.error());
                System.exit(1);
            }
            System.out.printf("%s: %.0f req/s, p50 %.3f ms, p99 %.3f ms (pool %d, %d threads)%n", args[4],
                    m.requestsPerSecond(), m.p50Ms(), m.p99Ms(), load.poolSize(), threads);
        }
    }
}
