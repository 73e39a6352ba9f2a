package org.redisonmysql.server;

import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.db.UserPools;
import org.redisonmysql.server.dispatch.CommandStats;
import org.redisonmysql.server.dispatch.CommandTable;
import org.redisonmysql.server.net.ConnectionRegistry;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What server-level commands (CLIENT, COMMAND, INFO, CONFIG, CLUSTER) read of this instance. */
public final class ServerState {
    private final ServerConfig config;
    private final ConnectionRegistry connections;
    private final CommandStats stats;
    private final UserPools pools;
    private final String runId;
    private final long startedAtMillis = System.currentTimeMillis();
    private final Map<String, String> redisConfig = new ConcurrentHashMap<>();
    private final org.redisonmysql.server.scripting.BusyScripts busyScripts =
            new org.redisonmysql.server.scripting.BusyScripts(redisConfig);
    private volatile CommandTable table;
    private volatile int port;
    private volatile org.redisonmysql.server.dispatch.Dispatcher dispatcher;

    public ServerState(ServerConfig config, ConnectionRegistry connections, CommandStats stats, UserPools pools) {
        this.config = config;
        this.connections = connections;
        this.stats = stats;
        this.pools = pools;
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        this.runId = HexFormat.of().formatHex(id);
    }

    public ServerConfig config() {
        return config;
    }

    public ConnectionRegistry connections() {
        return connections;
    }

    public CommandStats stats() {
        return stats;
    }

    public UserPools pools() {
        return pools;
    }

    /** 40 hex characters, new at every start (INFO run_id, CLUSTER MYID). */
    public String runId() {
        return runId;
    }

    public long startedAtMillis() {
        return startedAtMillis;
    }

    public CommandTable table() {
        return table;
    }

    void setTable(CommandTable table) {
        this.table = table;
    }

    /** The dispatcher (EXEC runs queued commands through it). */
    public org.redisonmysql.server.dispatch.Dispatcher dispatcher() {
        return dispatcher;
    }

    void setDispatcher(org.redisonmysql.server.dispatch.Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    public int port() {
        return port;
    }

    void setPort(int port) {
        this.port = port;
    }

    /** Scripts of this instance running past busy-reply-threshold (-BUSY, SCRIPT KILL, FUNCTION KILL). */
    public org.redisonmysql.server.scripting.BusyScripts busyScripts() {
        return busyScripts;
    }

    /** Redis parameters set with CONFIG SET on this instance (see CONFIG GET for the defaults). */
    public Map<String, String> redisConfig() {
        return redisConfig;
    }
}
