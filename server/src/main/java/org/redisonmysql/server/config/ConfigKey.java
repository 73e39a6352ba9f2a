package org.redisonmysql.server.config;

/**
 * Every setting: its YAML path, its environment variable, its type and its default. The names,
 * units and defaults of the original redis-on-mysql proxy are kept unchanged so an existing
 * deployment's files and variables work as they are; the ones marked "ours" are additions.
 * This table is the single source for loading, validation and the README's reference.
 */
public enum ConfigKey {
    BIND_ADDR("bind_addr", "REDIS_MYSQL_BIND", ValueType.ADDRESS, "0.0.0.0:6380",
            "Listen address host:port. In embedded mode the default is 127.0.0.1:6380."),
    MYSQL_ADDR("mysql_addr", "REDIS_MYSQL_ADDR", ValueType.ADDRESS, null,
            "MySQL host:port. When set nowhere, an embedded MariaDB is started (see embedded.*)."),
    MYSQL_DATABASE("mysql_database", "REDIS_MYSQL_DATABASE", ValueType.STRING, "redis", "MySQL database (schema) name."),
    MYSQL_OPTIONS("mysql_options", "REDIS_MYSQL_DSN_OPTIONS", ValueType.STRING, "",
            "Extra JDBC URL options, key=value&key=value (e.g. sslMode=REQUIRED)."),
    MYSQL_USER("mysql_user", "REDIS_MYSQL_USER", ValueType.STRING, null,
            "Admin account for `migrate`, schema changes and background jobs (ours)."),
    MYSQL_PASSWORD("mysql_password", "REDIS_MYSQL_PASSWORD", ValueType.STRING, "", "Password of the admin account (ours)."),
    MIGRATE_ON_START("migrate_on_start", "REDIS_MYSQL_MIGRATE_ON_START", ValueType.BOOLEAN, null,
            "Apply migrations at startup with the admin account. Default: true in embedded mode, false otherwise (ours)."),
    DATABASES("databases", "REDIS_MYSQL_DATABASES", ValueType.POSITIVE_INT, "16", "Number of logical databases for SELECT (ours)."),
    PLUGINS_DIR("plugins_dir", "REDIS_MYSQL_PLUGINS_DIR", ValueType.STRING, "plugins",
            "Directory whose *.jar command modules are loaded at startup (ours)."),

    TENANT_REGEX("auth.tenant_regex", "REDIS_MYSQL_TENANT_REGEX", ValueType.REGEX, "^(?P<tenant>[^:]+):",
            "Regex with a named group `tenant` applied to the username. (?P<name>...) and (?<name>...) both work."),
    TENANT_NO_MATCH("auth.tenant_no_match", "REDIS_MYSQL_TENANT_NO_MATCH", ValueType.STRING, "username",
            "When the regex does not match: `reject`, `username` (the whole username is the tenant) or a literal tenant id."),

    POOL_MAX_CONNECTIONS("pool.max_connections", "REDIS_MYSQL_POOL_MAX_CONNECTIONS", ValueType.POSITIVE_INT, "16",
            "Maximum MySQL connections per user pool."),
    POOL_CONNECT_TIMEOUT_MS("pool.connect_timeout_ms", "REDIS_MYSQL_POOL_CONNECT_TIMEOUT_MS", ValueType.POSITIVE_INT, "5000",
            "How long to wait for a MySQL connection (login and pool checkout), milliseconds."),
    POOL_IDLE_TTL_SECS("pool.idle_ttl_secs", "REDIS_MYSQL_POOL_IDLE_TTL_SECS", ValueType.POSITIVE_INT, "600",
            "A user's pool unused for this long is closed, seconds."),

    EXPIRE_CLEANUP_INTERVAL_SECS("cleanup.expire_cleanup_interval_secs", "REDIS_MYSQL_EXPIRE_CLEANUP_INTERVAL_SECS",
            ValueType.POSITIVE_INT, "60", "How often the expiry job deletes expired keys, seconds."),
    EXPIRE_CLEANUP_BATCH("cleanup.expire_cleanup_batch", "REDIS_MYSQL_EXPIRE_CLEANUP_BATCH", ValueType.POSITIVE_INT, "1000",
            "Expired keys deleted per statement by the expiry job."),
    PUBSUB_CLEANUP_INTERVAL_SECS("cleanup.pubsub_cleanup_interval_secs", "REDIS_MYSQL_PUBSUB_CLEANUP_INTERVAL_SECS",
            ValueType.POSITIVE_INT, "60", "How often old Pub/Sub messages and dead instances are removed, seconds."),
    PUBSUB_IDLE_SECS("cleanup.pubsub_idle_secs", "REDIS_MYSQL_PUBSUB_IDLE_SECS", ValueType.POSITIVE_INT, "600",
            "An instance whose Pub/Sub heartbeat is older than this is forgotten, seconds."),
    PUBSUB_MESSAGE_TTL_SECS("cleanup.pubsub_message_ttl_secs", "REDIS_MYSQL_PUBSUB_MESSAGE_TTL_SECS", ValueType.POSITIVE_INT,
            "3600", "Published messages older than this are deleted, seconds."),

    PUBSUB_POLL_MS("pubsub.poll_ms", "REDIS_MYSQL_PUBSUB_POLL_MS", ValueType.POSITIVE_INT, "200",
            "How often each instance polls MySQL for messages published elsewhere, milliseconds."),
    PUBSUB_POLL_BATCH("pubsub.poll_batch", "REDIS_MYSQL_PUBSUB_POLL_BATCH", ValueType.POSITIVE_INT, "128",
            "Messages fetched per poll."),
    PUBSUB_HEARTBEAT_SECS("pubsub.heartbeat_secs", "REDIS_MYSQL_PUBSUB_HEARTBEAT_SECS", ValueType.POSITIVE_INT, "30",
            "How often an instance refreshes its subscriptions' heartbeat, seconds."),

    SET_RETRY_MAX_ATTEMPTS("string_set_retry.max_attempts", "REDIS_MYSQL_SET_RETRY_MAX_ATTEMPTS", ValueType.POSITIVE_INT, "3",
            "Attempts for a write that hits a deadlock or lock-wait timeout."),
    SET_RETRY_BACKOFF_BASE_MS("string_set_retry.backoff_base_ms", "REDIS_MYSQL_SET_RETRY_BACKOFF_BASE_MS",
            ValueType.NON_NEGATIVE_INT, "1", "First backoff between write attempts, milliseconds (doubles each time)."),
    SET_RETRY_BACKOFF_MAX_MS("string_set_retry.backoff_max_ms", "REDIS_MYSQL_SET_RETRY_BACKOFF_MAX_MS",
            ValueType.NON_NEGATIVE_INT, "16", "Largest backoff between write attempts, milliseconds."),
    INCR_RETRY_MAX_ATTEMPTS("string_incr_retry.max_attempts", "REDIS_MYSQL_INCR_RETRY_MAX_ATTEMPTS", ValueType.POSITIVE_INT,
            "64", "Attempts for a counter update (INCR family) that hits a deadlock or lock-wait timeout."),
    INCR_RETRY_BACKOFF_BASE_MS("string_incr_retry.backoff_base_ms", "REDIS_MYSQL_INCR_RETRY_BACKOFF_BASE_MS",
            ValueType.NON_NEGATIVE_INT, "1", "First backoff between counter attempts, milliseconds."),
    INCR_RETRY_BACKOFF_MAX_MS("string_incr_retry.backoff_max_ms", "REDIS_MYSQL_INCR_RETRY_BACKOFF_MAX_MS",
            ValueType.NON_NEGATIVE_INT, "16", "Largest backoff between counter attempts, milliseconds."),
    INCR_RETRY_DEADLINE_MS("string_incr_retry.deadline_ms", "REDIS_MYSQL_INCR_RETRY_DEADLINE_MS", ValueType.POSITIVE_INT,
            "2000", "Give up retrying a counter update after this long, milliseconds."),

    MAX_FRAME_SIZE("server.max_frame_size", "REDIS_MYSQL_MAX_FRAME_SIZE", ValueType.POSITIVE_INT, "1073741824",
            "Largest request (all of one command's bytes), bytes."),
    MAX_BULK_LEN("server.max_bulk_len", "REDIS_MYSQL_MAX_BULK_LEN", ValueType.POSITIVE_INT, "536870912",
            "Largest single argument, bytes (Redis's proto-max-bulk-len)."),
    MAX_ARRAY_LEN("server.max_array_len", "REDIS_MYSQL_MAX_ARRAY_LEN", ValueType.POSITIVE_INT, "16777216",
            "Most arguments in one command."),
    MAX_DEPTH("server.max_depth", "REDIS_MYSQL_MAX_DEPTH", ValueType.POSITIVE_INT, "1",
            "Deepest nesting of a request. RESP requests are flat arrays: any nested array is a protocol error, as in Redis."),
    MAX_INFLIGHT("server.max_inflight", "REDIS_MYSQL_MAX_INFLIGHT", ValueType.POSITIVE_INT, "1024",
            "Commands of one connection read but not yet answered; past this the server stops reading from it."),
    MAX_CONNECTIONS("server.max_connections", "REDIS_MYSQL_MAX_CONNECTIONS", ValueType.POSITIVE_INT, "10000",
            "Client connections; one more is answered `-ERR max number of clients reached` and closed."),
    READ_TIMEOUT_MS("server.read_timeout_ms", "REDIS_MYSQL_READ_TIMEOUT_MS", ValueType.NON_NEGATIVE_INT, "60000",
            "A request whose bytes have started to arrive must be complete within this, milliseconds (0 = no limit)."),
    WRITE_TIMEOUT_MS("server.write_timeout_ms", "REDIS_MYSQL_WRITE_TIMEOUT_MS", ValueType.NON_NEGATIVE_INT, "60000",
            "A client that accepts no reply bytes for this long while replies wait is disconnected, milliseconds (0 = no limit)."),
    IDLE_TIMEOUT_MS("server.idle_timeout_ms", "REDIS_MYSQL_IDLE_TIMEOUT_MS", ValueType.NON_NEGATIVE_INT, "0",
            "Close a connection idle this long, milliseconds (0 = never, as Redis's timeout 0). Subscribers and blocked clients are exempt."),
    PUSH_QUEUE_LEN("server.push_queue_len", "REDIS_MYSQL_PUSH_QUEUE_LEN", ValueType.POSITIVE_INT, "4096",
            "Pub/Sub messages waiting for a slow subscriber; past this it is disconnected."),
    RESPONSE_QUEUE_LEN("server.response_queue_len", "REDIS_MYSQL_RESPONSE_QUEUE_LEN", ValueType.POSITIVE_INT, "1024",
            "Replies of one connection waiting to be written; past this the server stops running its commands until the client reads."),
    WRITE_BATCH_BYTES("server.write_batch_bytes", "REDIS_MYSQL_WRITE_BATCH_BYTES", ValueType.POSITIVE_INT, "65536",
            "Reply bytes gathered before a socket write (pipelined replies are flushed together)."),
    TCP_NODELAY("server.tcp_nodelay", "REDIS_MYSQL_TCP_NODELAY", ValueType.BOOLEAN, "true", "TCP_NODELAY on client sockets."),
    BACKLOG("server.backlog", "REDIS_MYSQL_BACKLOG", ValueType.POSITIVE_INT, "511", "Listen backlog (Redis's tcp-backlog)."),
    WORKER_THREADS("server.worker_threads", "REDIS_MYSQL_WORKER_THREADS", ValueType.POSITIVE_INT, "64",
            "Threads that run commands (JDBC blocks a thread per statement); more connections with work queue for them. Started on demand, stopped after 60 s idle (ours)."),

    EMBEDDED_DATA_DIR("embedded.data_dir", "REDIS_MYSQL_EMBEDDED_DATA_DIR", ValueType.STRING, "./data",
            "Embedded mode: where the MariaDB data lives (kept across restarts) (ours)."),
    EMBEDDED_PORT("embedded.port", "REDIS_MYSQL_EMBEDDED_PORT", ValueType.NON_NEGATIVE_INT, "0",
            "Embedded mode: MariaDB's loopback port, 0 = any free port (ours)."),
    EMBEDDED_USER("embedded.user", "REDIS_MYSQL_EMBEDDED_USER", ValueType.STRING, "dev",
            "Embedded mode: the development login created for clients (ours)."),
    EMBEDDED_PASSWORD("embedded.password", "REDIS_MYSQL_EMBEDDED_PASSWORD", ValueType.STRING, "dev",
            "Embedded mode: its password (ours).");

    private final String yamlPath;
    private final String env;
    private final ValueType type;
    private final String defaultValue;
    private final String description;

    ConfigKey(String yamlPath, String env, ValueType type, String defaultValue, String description) {
        this.yamlPath = yamlPath;
        this.env = env;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String yamlPath() {
        return yamlPath;
    }

    public String env() {
        return env;
    }

    public ValueType type() {
        return type;
    }

    /** The default as text, or null when the setting has none. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public static ConfigKey byYamlPath(String path) {
        for (ConfigKey k : values()) {
            if (k.yamlPath.equals(path)) {
                return k;
            }
        }
        return null;
    }

    public static ConfigKey byEnv(String env) {
        for (ConfigKey k : values()) {
            if (k.env.equals(env)) {
                return k;
            }
        }
        return null;
    }
}
