package org.redisonmysql.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything one benchmark run measured, and its rendering as the Markdown of docs/PERFORMANCE.md. */
public final class Report {
    /** One command at one pipeline depth against the three targets (raw SQL only for GET, SET, INCR). */
    public record Row(String command, int pipeline, Measurement ours, Measurement rawSql, Measurement redis) {
    }

    /** A target of issue #8, met or not. */
    public record Goal(String what, String measured, boolean met) {
    }

    public final List<Row> rows = new ArrayList<>();
    public final List<IdleConnectionProbe.Reading> idle = new ArrayList<>();
    public final Map<String, Double> cpuPer10kGets = new LinkedHashMap<>();
    public final Map<String, Measurement> largeOurs = new LinkedHashMap<>();
    public final Map<String, Measurement> largeRedis = new LinkedHashMap<>();
    public int largeSize;
    public int largeCalls;
    public double largeLoadSecondsOurs = Double.NaN;
    public double largeLoadSecondsRedis = Double.NaN;
    public final List<String> setup = new ArrayList<>();
    /** Runs that failed although another round of the same succeeded (the table shows the one that did). */
    public final List<String> failedRounds = new ArrayList<>();
    public String profile;

    public Row row(String command, int pipeline) {
        for (Row r : rows) {
            if (r.command().equals(command) && r.pipeline() == pipeline) {
                return r;
            }
        }
        return null;
    }

    /** The targets of issue #8, computed from what was measured (NaN when not measured). */
    public List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        for (String cmd : List.of("GET", "SET", "INCR")) {
            Row r = row(cmd, 1);
            double ratio = r == null ? Double.NaN : rps(r.ours()) / rps(r.rawSql());
            goals.add(new Goal(cmd + " at -c 50 >= 0.8 x raw SQL", ratio(ratio) + " x raw SQL", ratio >= 0.8));
        }
        for (String cmd : List.of("GET", "SET")) {
            Row p1 = row(cmd, 1);
            Row p16 = row(cmd, 16);
            double ratio = p1 == null || p16 == null ? Double.NaN : rps(p16.ours()) / rps(p1.ours());
            goals.add(new Goal(cmd + " with -P 16 >= 2.5 x its own unpipelined throughput", ratio(ratio) + " x", ratio >= 2.5));
        }
        IdleConnectionProbe.Reading max = idle.isEmpty() ? null : idle.get(idle.size() - 1);
        if (max != null) {
            double mb = max.rssBytes() / 1048576.0;
            goals.add(new Goal(String.format(Locale.ROOT, "%,d idle connections: server RSS < 512 MB", max.connections()),
                    String.format(Locale.ROOT, "%.0f MB", mb), max.connections() >= 10_000 && mb < 512));
        }
        return goals;
    }

    /** Errors of failed runs, numbered in the order the table shows them. */
    private final List<String> failures = new ArrayList<>();

    public String toMarkdown() {
        failures.clear();
        StringBuilder md = new StringBuilder();
        md.append("### Setup of this run\n\n");
        for (String s : setup) {
            md.append("- ").append(s).append('\n');
        }
        md.append("\n### Targets (issue #8)\n\n| Target | Measured | Met |\n|---|---:|:---:|\n");
        for (Goal g : goals()) {
            md.append("| ").append(g.what()).append(" | ").append(g.measured()).append(" | ")
                    .append(g.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n### Throughput and latency (redis-benchmark -c 50; raw SQL: 50 threads)\n\n")
                .append("req/s, then p50 / p99 in ms. \"this server\" is redis-on-mysql; \"raw SQL\" runs the server's own ")
                .append("repository statements over JDBC without RESP; \"Redis\" is redis-server 7 in memory.\n\n")
                .append("| Command | -P | this server req/s | p50 | p99 | raw SQL req/s | p50 | p99 | Redis req/s | p50 | p99 ")
                .append("| this ÷ raw SQL | this ÷ Redis |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append("| ").append(r.command()).append(" | ").append(r.pipeline()).append(" | ")
                    .append(cells(r.ours())).append(" | ").append(cells(r.rawSql())).append(" | ").append(cells(r.redis()))
                    .append(" | ").append(r.rawSql() == null ? "" : ratio(rps(r.ours()) / rps(r.rawSql())))
                    .append(" | ").append(r.redis() == null ? "" : ratio(rps(r.ours()) / rps(r.redis())))
                    .append(" |\n");
        }
        md.append("\nA p99 of 3000.3 ms is redis-benchmark's histogram ceiling (3 s): the real value is at least that.\n");
        if (!failedRounds.isEmpty()) {
            md.append("\nFailed rounds (where another round of the same run succeeded, the table shows that one):\n\n");
            for (String f : failedRounds) {
                md.append("- ").append(f.replace('`', '\'')).append('\n');
            }
        }
        if (!failures.isEmpty()) {
            md.append("\nFailed runs (redis-benchmark stops at the first error reply; the raw-SQL generator at the first exception):\n\n");
            for (int i = 0; i < failures.size(); i++) {
                md.append(i + 1).append(". `").append(failures.get(i).replace('`', '\'')).append("`\n");
            }
        }
        if (!idle.isEmpty()) {
            md.append("\n### Memory with idle connections (each has sent AUTH, then nothing)\n\n")
                    .append("| Idle connections | Server RSS (VmRSS) | Java heap in use | Java heap live after a full GC | Server threads |\n")
                    .append("|---:|---:|---:|---:|---:|\n");
            for (IdleConnectionProbe.Reading r : idle) {
                md.append(String.format(Locale.ROOT, "| %,d | %.0f MB | %s | %s | %d |%n", r.connections(), r.rssBytes() / 1048576.0,
                        mb(r.javaHeapUsedBytes()), mb(r.javaHeapLiveBytes()), r.threads()));
            }
            md.append("\nThe RSS is read first; the full GC (jcmd GC.run) after it tells what the connections keep from garbage.\n");
        }
        if (!cpuPer10kGets.isEmpty()) {
            md.append("\n### CPU per 10,000 GETs (utime + stime from /proc, redis-benchmark -c 50 GET)\n\n")
                    .append("| Process | CPU ms per 10,000 GETs |\n|---|---:|\n");
            cpuPer10kGets.forEach((who, ms) -> md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", who, ms)));
        }
        if (!largeOurs.isEmpty()) {
            md.append(String.format(Locale.ROOT, "%n### Large collections: %,d-member sorted set and %,d-item list%n%n",
                    largeSize, largeSize))
                    .append(String.format(Locale.ROOT, "Loaded with pipelined ZADD / RPUSH of 1,000 members per command: "
                            + "this server %.1f s, Redis %.1f s (both collections). Latency of %d single calls, one at a "
                            + "time on one connection, in ms:%n%n", largeLoadSecondsOurs, largeLoadSecondsRedis, largeCalls))
                    .append("| Command | this server p50 | p99 | Redis p50 | p99 |\n|---|---:|---:|---:|---:|\n");
            for (Map.Entry<String, Measurement> e : largeOurs.entrySet()) {
                Measurement redis = largeRedis.get(e.getKey());
                md.append("| ").append(e.getKey()).append(" | ").append(ms(e.getValue().p50Ms())).append(" | ")
                        .append(ms(e.getValue().p99Ms())).append(" | ")
                        .append(redis == null ? "" : ms(redis.p50Ms())).append(" | ")
                        .append(redis == null ? "" : ms(redis.p99Ms())).append(" |\n");
            }
        }
        if (profile != null) {
            md.append("\n### Profile of the server during the throughput runs (JFR)\n\n").append(profile);
        }
        return md.toString();
    }

    private String cells(Measurement m) {
        if (m == null) {
            return " |  | ";
        }
        if (!m.ok()) {
            failures.add(m.error());
            return "failed (" + failures.size() + ") |  | ";
        }
        return String.format(Locale.ROOT, "%,.0f | %s | %s", m.requestsPerSecond(), ms(m.p50Ms()), ms(m.p99Ms()));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    private static double rps(Measurement m) {
        return m == null || !m.ok() ? Double.NaN : m.requestsPerSecond();
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }

    static String ratio(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, v < 0.1 ? "%.3f" : "%.2f", v);
    }
}
