package org.redisonmysql.server.commands.introspection;

import com.google.inject.Inject;
import org.jooq.Record2;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RedisCommandCatalogue;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.server.ServerState;
import org.redisonmysql.server.dispatch.CommandStats;
import org.redisonmysql.server.net.ClientConnection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * INFO [section ...] in Redis's format ({@code # Section} headers, {@code key:value} lines, CRLF,
 * sections separated by an empty line); a bulk string in RESP2, verbatim in RESP3. Only the
 * keyspace section reads the database (one statement), so the connection is taken only then.
 */
public final class InfoCommand implements CommandHandler {
    private static final List<String> DEFAULT = List.of("server", "clients", "memory", "persistence", "stats",
            "replication", "cpu", "modules", "errorstats", "cluster", "keyspace");

    private final ServerState state;
    private final KeyspaceRepository keyspace;

    @Inject
    public InfoCommand(ServerState state, KeyspaceRepository keyspace) {
        this.state = state;
        this.keyspace = keyspace;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        Set<String> sections = new LinkedHashSet<>();
        if (args.size() == 1) {
            sections.addAll(DEFAULT);
        }
        for (int i = 1; i < args.size(); i++) {
            String s = args.keyword(i);
            switch (s) {
                case "default" -> sections.addAll(DEFAULT);
                case "all", "everything" -> {
                    sections.addAll(DEFAULT);
                    sections.add("commandstats");
                    sections.add("latencystats");
                }
                default -> sections.add(s);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String s : List.of("server", "clients", "memory", "persistence", "stats", "replication", "cpu",
                "modules", "commandstats", "errorstats", "latencystats", "cluster", "keyspace")) {
            if (!sections.contains(s)) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\r\n");
            }
            out.append("# ").append(Character.toUpperCase(s.charAt(0))).append(s.substring(1)).append("\r\n");
            section(s, ctx, out);
        }
        String text = out.toString();
        return w -> w.verbatim(text);
    }

    private void section(String s, CommandContext ctx, StringBuilder o) {
        switch (s) {
            case "server" -> server(o);
            case "clients" -> {
                line(o, "connected_clients", tenantClients(ctx));
                line(o, "cluster_connections", 0);
                line(o, "maxclients", ConfigCommands.value(state, ConfigParams.get("maxclients")));
                line(o, "client_recent_max_input_buffer", 0);
                line(o, "client_recent_max_output_buffer", 0);
                line(o, "blocked_clients", 0);
                line(o, "tracking_clients", 0);
                line(o, "clients_in_timeout_table", 0);
            }
            case "memory" -> {
                Runtime rt = Runtime.getRuntime();
                long used = rt.totalMemory() - rt.freeMemory();
                line(o, "used_memory", used);
                line(o, "used_memory_human", human(used));
                line(o, "maxmemory", ConfigCommands.value(state, ConfigParams.get("maxmemory")));
                line(o, "maxmemory_policy", ConfigCommands.value(state, ConfigParams.get("maxmemory-policy")));
                line(o, "mem_allocator", "jvm");
            }
            case "persistence" -> {
                line(o, "loading", 0);
                line(o, "async_loading", 0);
                line(o, "rdb_changes_since_last_save", 0);
                line(o, "rdb_bgsave_in_progress", 0);
                line(o, "rdb_last_bgsave_status", "ok");
                line(o, "aof_enabled", 0);
                line(o, "aof_rewrite_in_progress", 0);
            }
            case "stats" -> {
                line(o, "total_connections_received", state.connections().totalConnections());
                line(o, "total_commands_processed", state.stats().totalCommands());
                line(o, "instantaneous_ops_per_sec", 0);
                line(o, "rejected_connections", state.connections().rejectedConnections());
                line(o, "expired_keys", 0);
                line(o, "evicted_keys", 0);
                line(o, "keyspace_hits", 0);
                line(o, "keyspace_misses", 0);
                line(o, "pubsub_channels", 0);
                line(o, "pubsub_patterns", 0);
                line(o, "total_error_replies", state.stats().errorReplies());
            }
            case "replication" -> {
                line(o, "role", "master");
                line(o, "connected_slaves", 0);
                line(o, "master_failover_state", "no-failover");
                line(o, "master_replid", state.runId());
                line(o, "master_replid2", "0000000000000000000000000000000000000000");
                line(o, "master_repl_offset", 0);
                line(o, "second_repl_offset", -1);
                line(o, "repl_backlog_active", 0);
                line(o, "repl_backlog_size", 1048576);
                line(o, "repl_backlog_first_byte_offset", 0);
                line(o, "repl_backlog_histlen", 0);
            }
            case "cpu" -> {
                java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean();
                double cpu = os instanceof com.sun.management.OperatingSystemMXBean sun
                        ? sun.getProcessCpuTime() / 1e9 : 0;
                line(o, "used_cpu_sys", String.format(Locale.ROOT, "%.6f", 0.0));
                line(o, "used_cpu_user", String.format(Locale.ROOT, "%.6f", cpu));
            }
            case "commandstats" -> {
                for (Map.Entry<String, CommandStats.Counters> e : state.stats().snapshot().entrySet()) {
                    CommandStats.Counters c = e.getValue();
                    double per = c.calls() == 0 ? 0 : (double) c.micros() / c.calls();
                    o.append("cmdstat_").append(e.getKey()).append(":calls=").append(c.calls())
                            .append(",usec=").append(c.micros())
                            .append(",usec_per_call=").append(String.format(Locale.ROOT, "%.2f", per))
                            .append(",rejected_calls=").append(c.rejected())
                            .append(",failed_calls=").append(c.failed()).append("\r\n");
                }
            }
            case "cluster" -> line(o, "cluster_enabled", 0);
            case "keyspace" -> {
                for (Record2<Integer, Integer> r : keyspace.countPerDb(ctx.scope())) {
                    o.append("db").append(r.value1()).append(":keys=").append(r.value2())
                            .append(",expires=0,avg_ttl=0\r\n");
                }
            }
            default -> {
                // modules, errorstats, latencystats: present but empty
            }
        }
    }

    private void server(StringBuilder o) {
        long uptime = (System.currentTimeMillis() - state.startedAtMillis()) / 1000;
        line(o, "redis_version", RedisCommandCatalogue.get().redisVersion());
        line(o, "redis_git_sha1", "00000000");
        line(o, "redis_git_dirty", 0);
        line(o, "redis_build_id", "0");
        line(o, "redis_mode", "standalone");
        line(o, "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line(o, "arch_bits", "64".equals(System.getProperty("sun.arch.data.model")) ? 64 : 32);
        line(o, "multiplexing_api", "netty");
        line(o, "process_id", ProcessHandle.current().pid());
        line(o, "process_supervised", "no");
        line(o, "run_id", state.runId());
        line(o, "tcp_port", state.port());
        line(o, "server_time_usec", System.currentTimeMillis() * 1000);
        line(o, "uptime_in_seconds", uptime);
        line(o, "uptime_in_days", uptime / 86400);
        line(o, "hz", 10);
        line(o, "configured_hz", 10);
        line(o, "executable", "");
        line(o, "config_file", "");
        line(o, "io_threads_active", 0);
    }

    private long tenantClients(CommandContext ctx) {
        String tenant = ctx.session().tenant();
        long n = 0;
        for (ClientConnection c : state.connections().all()) {
            if (tenant.equals(c.tenant())) {
                n++;
            }
        }
        return n;
    }

    private static void line(StringBuilder o, String key, Object value) {
        o.append(key).append(':').append(value).append("\r\n");
    }

    private static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + "B";
        }
        String[] units = {"K", "M", "G", "T"};
        double v = bytes;
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.2f%s", v, units[i]);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
