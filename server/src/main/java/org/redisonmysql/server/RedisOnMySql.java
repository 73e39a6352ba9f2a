package org.redisonmysql.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import org.jooq.ExecuteListener;
import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.command.CommandRegistration;
import org.redisonmysql.server.auth.Authenticator;
import org.redisonmysql.server.auth.TenantResolver;
import org.redisonmysql.server.config.ConfigKey;
import org.redisonmysql.server.config.HostPort;
import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.db.DatabaseTarget;
import org.redisonmysql.server.db.EmbeddedDatabase;
import org.redisonmysql.server.db.Migrator;
import org.redisonmysql.server.db.UserPool;
import org.redisonmysql.server.db.UserPools;
import org.redisonmysql.server.dispatch.CommandStats;
import org.redisonmysql.server.dispatch.CommandTable;
import org.redisonmysql.server.dispatch.Dispatcher;
import org.redisonmysql.server.dispatch.RetryPolicy;
import org.redisonmysql.commands.pubsub.PubSubService;
import org.redisonmysql.commands.pubsub.PubSubSettings;
import org.redisonmysql.server.jobs.ExpiryCleanupJob;
import org.redisonmysql.server.net.ConnectionRegistry;
import org.redisonmysql.server.net.ConnectionSettings;
import org.redisonmysql.server.net.RedisServer;
import org.redisonmysql.server.plugins.PluginLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One server instance: database (configured or embedded), migrations when asked, the command
 * modules assembled with one Guice injector, the RESP listener and the background jobs.
 */
public final class RedisOnMySql implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisOnMySql.class);

    private final ServerConfig config;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<ExecuteListener> listeners = new CopyOnWriteArrayList<>();
    private EmbeddedDatabase embedded;
    private DatabaseTarget target;
    private UserPools pools;
    private UserPools adminPools;
    private UserPool adminPool;
    private Dispatcher dispatcher;
    private RedisServer server;
    private ServerState state;
    private ExpiryCleanupJob expiryJob;
    private PubSubService pubSub;

    public RedisOnMySql(ServerConfig config) {
        this.config = config;
    }

    /** Statements observers (the SQL catalogue); add before {@link #start()}. */
    public RedisOnMySql withExecuteListener(ExecuteListener listener) {
        listeners.add(listener);
        return this;
    }

    public RedisOnMySql start() throws Exception {
        HostPort mysql;
        String adminUser = config.has(ConfigKey.MYSQL_USER) ? config.getString(ConfigKey.MYSQL_USER) : null;
        String adminPassword = config.getString(ConfigKey.MYSQL_PASSWORD);
        String database = config.getString(ConfigKey.MYSQL_DATABASE);
        int connectTimeout = config.getInt(ConfigKey.POOL_CONNECT_TIMEOUT_MS);
        if (config.embedded()) {
            embedded = EmbeddedDatabase.start(Path.of(config.getString(ConfigKey.EMBEDDED_DATA_DIR)),
                    config.getInt(ConfigKey.EMBEDDED_PORT), database, config.getString(ConfigKey.EMBEDDED_USER),
                    config.getString(ConfigKey.EMBEDDED_PASSWORD));
            resources.add(embedded);
            mysql = embedded.address();
            adminUser = EmbeddedDatabase.ADMIN_USER;
            adminPassword = embedded.adminPassword();
        } else {
            mysql = config.getAddress(ConfigKey.MYSQL_ADDR);
        }
        target = new DatabaseTarget(mysql, database, config.getString(ConfigKey.MYSQL_OPTIONS), connectTimeout);
        boolean migrate = config.has(ConfigKey.MIGRATE_ON_START) ? config.getBoolean(ConfigKey.MIGRATE_ON_START)
                : config.embedded();
        if (migrate) {
            if (adminUser == null) {
                throw new IllegalStateException("migrate_on_start needs an admin account (REDIS_MYSQL_USER)");
            }
            Migrator.migrate(target, adminUser, adminPassword);
        }
        pools = new UserPools(target, config.getInt(ConfigKey.POOL_MAX_CONNECTIONS), config.getInt(ConfigKey.POOL_IDLE_TTL_SECS));
        resources.add(pools);
        if (adminUser != null) {
            adminPools = new UserPools(target, Math.min(4, config.getInt(ConfigKey.POOL_MAX_CONNECTIONS)), Integer.MAX_VALUE / 2);
            resources.add(adminPools);
            try {
                adminPool = adminPools.login(adminUser, adminPassword);
            } catch (UserPools.LoginException e) {
                LOG.warn("admin account cannot log in ({}); background jobs use client pools", e.getMessage());
            }
        }

        ConnectionRegistry registry = new ConnectionRegistry();
        CommandStats stats = new CommandStats();
        state = new ServerState(config, registry, stats, pools);
        Authenticator authenticator = new Authenticator(
                new TenantResolver(config.getPattern(ConfigKey.TENANT_REGEX), config.getString(ConfigKey.TENANT_NO_MATCH)), pools);
        List<Module> modules = new ArrayList<>();
        modules.add(new ServerModule(state, authenticator));
        for (CommandModule m : PluginLoader.load(Path.of(config.getString(ConfigKey.PLUGINS_DIR)))) {
            modules.add(m);
        }
        Injector injector = Guice.createInjector(modules);
        CommandTable table = CommandTable.build(
                injector.getInstance(Key.get(new TypeLiteral<Set<CommandRegistration>>() { })), injector);
        state.setTable(table);
        dispatcher = new Dispatcher(table,
                new RetryPolicy(config.getInt(ConfigKey.SET_RETRY_MAX_ATTEMPTS), config.getInt(ConfigKey.SET_RETRY_BACKOFF_BASE_MS),
                        config.getInt(ConfigKey.SET_RETRY_BACKOFF_MAX_MS), 0),
                new RetryPolicy(config.getInt(ConfigKey.INCR_RETRY_MAX_ATTEMPTS), config.getInt(ConfigKey.INCR_RETRY_BACKOFF_BASE_MS),
                        config.getInt(ConfigKey.INCR_RETRY_BACKOFF_MAX_MS), config.getInt(ConfigKey.INCR_RETRY_DEADLINE_MS)),
                stats, state.busyScripts());
        listeners.forEach(dispatcher::addExecuteListener);
        state.setDispatcher(dispatcher);

        // Bounded: a burst of connections (10,000 clients authenticating at once) must not start a
        // thread each. No command waits for another queued command, so a bounded pool cannot deadlock.
        int workers = config.getInt(ConfigKey.WORKER_THREADS);
        ThreadPoolExecutor commandThreads = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("rom-command-"));
        commandThreads.allowCoreThreadTimeOut(true);
        resources.add(commandThreads::shutdownNow);
        HostPort bind = config.isSet(ConfigKey.BIND_ADDR) || !config.embedded()
                ? config.getAddress(ConfigKey.BIND_ADDR)
                : new HostPort("127.0.0.1", config.getAddress(ConfigKey.BIND_ADDR).port());
        server = new RedisServer(bind, config.getInt(ConfigKey.BACKLOG), config.getBoolean(ConfigKey.TCP_NODELAY),
                ConnectionSettings.from(config), dispatcher, commandThreads, registry);
        resources.add(server);
        state.setPort(server.port());

        ScheduledExecutorService jobs = Executors.newScheduledThreadPool(1, daemonThreads("rom-jobs-"));
        resources.add(jobs::shutdownNow);
        expiryJob = new ExpiryCleanupJob(this::jobPool, config.getInt(ConfigKey.EXPIRE_CLEANUP_BATCH), listeners);
        int expiryEvery = config.getInt(ConfigKey.EXPIRE_CLEANUP_INTERVAL_SECS);
        jobs.scheduleWithFixedDelay(expiryJob, expiryEvery, expiryEvery, TimeUnit.SECONDS);
        jobs.scheduleWithFixedDelay(pools::evictIdle, 10, 10, TimeUnit.SECONDS);
        // Pub/Sub's poller, heartbeat and cleanup run on their own thread (polling every few ms).
        pubSub = injector.getInstance(PubSubService.class);
        pubSub.start(new PubSubSettings(config.getInt(ConfigKey.PUBSUB_POLL_MS), config.getInt(ConfigKey.PUBSUB_POLL_BATCH),
                config.getInt(ConfigKey.PUBSUB_HEARTBEAT_SECS) * 1000L, config.getInt(ConfigKey.PUBSUB_IDLE_SECS) * 1000L,
                config.getInt(ConfigKey.PUBSUB_MESSAGE_TTL_SECS) * 1000L,
                config.getInt(ConfigKey.PUBSUB_CLEANUP_INTERVAL_SECS) * 1000L), this::jobDsl);
        resources.add(pubSub::stop);
        LOG.info("redis-on-mysql listening on {} (MySQL {}/{}), {} commands", bind.host() + ":" + server.port(),
                mysql, database, table.size());
        return this;
    }

    /** A jOOQ context on the job pool (null until some pool exists), with the statement listeners. */
    private org.jooq.DSLContext jobDsl() {
        UserPool p = jobPool();
        if (p == null) {
            return null;
        }
        org.jooq.impl.DefaultConfiguration c = new org.jooq.impl.DefaultConfiguration();
        c.set(p.dataSource());
        c.set(p.dialect());
        c.set(Dispatcher.jooqSettings());
        if (!listeners.isEmpty()) {
            c.set(listeners.toArray(new ExecuteListener[0]));
        }
        return org.jooq.impl.DSL.using(c);
    }

    /** This instance's Pub/Sub part (tests run its cleanup directly). */
    public PubSubService pubSub() {
        return pubSub;
    }

    private UserPool jobPool() {
        return adminPool != null ? adminPool : pools.anyPool();
    }

    public int port() {
        return server.port();
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public ServerState state() {
        return state;
    }

    public DatabaseTarget target() {
        return target;
    }

    /** Runs one expiry cleanup pass now (tests, and the SQL catalogue). */
    public void runExpiryCleanup() {
        expiryJob.run();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.debug("while closing: {}", e.toString());
            }
        }
        resources.clear();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
