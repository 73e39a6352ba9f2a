package org.redisonmysql.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole benchmark against servers that benchmarks/run.sh started: redis-on-mysql, the MySQL
 * (MariaDB) behind it, and a real redis-server. Phases: idle-connection memory (on the fresh
 * server), the throughput matrix (each command, with and without -P 16, this server / raw SQL /
 * Redis back to back so that noise hits all alike, repeated in rounds), CPU per 10,000 GETs, the
 * large collections; then prints the report and writes it into docs/PERFORMANCE.md.
 */
public final class BenchmarkMain {
    /** The commands of the matrix: report label and redis-benchmark test (or command line). */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"SET", "set"}, new String[] {"GET", "get"}, new String[] {"INCR", "incr"},
            new String[] {"MSET (10 keys)", "mset"}, new String[] {"LPUSH", "lpush"}, new String[] {"RPOP", "rpop"},
            new String[] {"SADD", "sadd"}, new String[] {"HSET", "hset"}, new String[] {"ZADD", "zadd"},
            new String[] {"LRANGE_100", "LRANGE mylist 0 99"});
    private static final int CLIENTS = 50;
    private static final int PIPELINE = 16;

    private final Map<String, String> opts;
    private final BenchSettings settings;
    private final Target ours;
    private final Target redis;
    private final long mysqlPid;
    private final RedisBenchmarkRunner bench;
    private final Report report = new Report();
    private final long started = System.nanoTime();

    BenchmarkMain(Map<String, String> opts) {
        this.opts = opts;
        this.settings = BenchSettings.of(opts.getOrDefault("mode", "quick"));
        this.ours = new Target("this server", "127.0.0.1", Integer.parseInt(req("ours-port")), req("user"), req("password"),
                Long.parseLong(req("ours-pid")));
        this.redis = new Target("Redis", "127.0.0.1", Integer.parseInt(req("redis-port")), null, null,
                Long.parseLong(req("redis-pid")));
        this.mysqlPid = Long.parseLong(req("mysql-pid"));
        this.bench = new RedisBenchmarkRunner(opts.getOrDefault("redis-benchmark", "redis-benchmark"), 900);
    }

    private String req(String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    void run() throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        if (!opts.containsKey("skip-idle")) {
            phase("idle connections", this::idleConnections);
        }
        Path jfr = opts.containsKey("profile") ? Path.of(opts.get("profile")).toAbsolutePath() : null;
        if (jfr != null) {
            jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + jfr);
        }
        matrix();
        if (jfr != null) {
            jcmd("JFR.stop", "name=bench");
            Path cwd = Path.of("").toAbsolutePath();
            report.profile = JfrHotMethods.summarize(jfr, 15) + "Recording: `" + (jfr.startsWith(cwd) ? cwd.relativize(jfr) : jfr)
                    + "` (open it in JDK Mission Control, or `jfr print --events jdk.ExecutionSample` / `jfr summary`).\n";
        }
        phase("CPU per 10,000 GETs", this::cpuPerGets);
        phase("large collections", this::largeCollections);
        double minutes = (System.nanoTime() - started) / 60e9;
        report.setup.addAll(0, setupLines(loadBefore, minutes));
        String markdown = report.toMarkdown();
        System.out.println();
        System.out.println(markdown);
        if (opts.containsKey("out")) {
            ReportWriter.write(Path.of(opts.get("out")), markdown);
            log("wrote %s", opts.get("out"));
        }
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** A phase that fails is reported as failed; the others still run and the report is still written. */
    private void phase(String name, Phase phase) {
        try {
            phase.run();
        } catch (Exception e) {
            log("%s FAILED: %s", name, e);
            report.setup.add("**" + name + " failed**: `" + String.valueOf(e.getMessage()).replace('`', '\'') + "`");
        }
    }

    private List<String> setupLines(String loadBefore, double minutes) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "`benchmarks/run.sh%s`, %s UTC, %.1f minutes; %d cores; load average before: %s, after: %s.",
                settings.mode().equals("quick") ? " --quick" : "", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(Instant.now().atOffset(ZoneOffset.UTC)), minutes, Runtime.getRuntime().availableProcessors(),
                loadBefore.substring(0, loadBefore.lastIndexOf(' ', loadBefore.lastIndexOf(' ') - 1)),
                loadAverage()));
        lines.add(String.format(Locale.ROOT, "redis-benchmark -c %d -r %,d (random keys), default 3-byte values; -n %,d "
                        + "(with -P %d: %,d) for this server and raw SQL, -n %,d (with -P %d: %,d) for Redis; %d round%s, "
                        + "interleaved per command, the median round shown.", CLIENTS, RedisBenchmarkRunner.KEYSPACE,
                settings.requests(), PIPELINE, settings.pipelinedRequests(), settings.redisRequests(), PIPELINE,
                settings.redisPipelinedRequests(), settings.rounds(), settings.rounds() == 1 ? "" : "s"));
        for (Map.Entry<String, String> e : opts.entrySet()) {
            if (e.getKey().startsWith("setup")) {
                lines.add(e.getValue());
            }
        }
        return lines;
    }

    private static String loadAverage() throws Exception {
        String s = Files.readString(Path.of("/proc/loadavg")).trim();
        return s.substring(0, s.lastIndexOf(' ', s.lastIndexOf(' ') - 1));
    }

    private void idleConnections() throws Exception {
        int[] counts = settings.idleCounts();
        if (opts.containsKey("max-idle")) {
            int max = Integer.parseInt(opts.get("max-idle"));
            counts = java.util.Arrays.stream(counts).map(c -> Math.min(c, max)).distinct().toArray();
        }
        log("idle connections: %s", java.util.Arrays.toString(counts));
        report.idle.addAll(IdleConnectionProbe.measure(ours, counts));
        for (IdleConnectionProbe.Reading r : report.idle) {
            log("  %,d idle connections: RSS %.0f MB, Java heap used %.0f MB, live after GC %.0f MB, %d threads",
                    r.connections(), r.rssBytes() / 1048576.0, r.javaHeapUsedBytes() / 1048576.0,
                    r.javaHeapLiveBytes() / 1048576.0, r.threads());
        }
    }

    private void matrix() throws Exception {
        Map<String, List<Measurement>> runs = new HashMap<>();
        try (RawSqlLoad raw = new RawSqlLoad(req("mysql"), req("database"), req("user"), req("password"))) {
            raw.fillPool();
            warmUp(raw);
            report.setup.add(String.format(Locale.ROOT, "Raw SQL: %d threads over a HikariCP pool of %d (the default "
                    + "pool.max_connections), the server's own repository calls (StringRepository.get, "
                    + "StringSetRepository.set, StringCounterRepository.incrBy) through jOOQ.", CLIENTS, raw.poolSize()));
            seedCollections(ours);
            seedCollections(redis);
            report.setup.add("The set, hash and sorted set that redis-benchmark writes to exist before the runs (one seed "
                    + "member each): measured is adding to a collection, not 50 clients racing to create it.");
            for (int round = 1; round <= settings.rounds(); round++) {
                for (String[] c : COMMANDS) {
                    if (c[0].equals("LRANGE_100")) {
                        fillList(ours);
                        fillList(redis);
                    }
                    for (int pipeline : new int[] {1, PIPELINE}) {
                        int n = pipeline == 1 ? settings.requests() : settings.pipelinedRequests();
                        int rn = pipeline == 1 ? settings.redisRequests() : settings.redisPipelinedRequests();
                        add(runs, key("ours", c[0], pipeline), bench.run(ours, c[1], CLIENTS, n, pipeline));
                        if (pipeline == 1 && List.of("GET", "SET", "INCR").contains(c[0])) {
                            add(runs, key("raw", c[0], pipeline), raw.run(RawSqlLoad.Op.valueOf(c[0]), n, CLIENTS));
                        }
                        add(runs, key("redis", c[0], pipeline), bench.run(redis, c[1], CLIENTS, rn, pipeline));
                        log("round %d %-15s -P %-2d this %10s  raw %10s  redis %10s", round, c[0], pipeline,
                                rate(runs, key("ours", c[0], pipeline)), rate(runs, key("raw", c[0], pipeline)),
                                rate(runs, key("redis", c[0], pipeline)));
                    }
                }
            }
        }
        for (String[] c : COMMANDS) {
            for (int pipeline : new int[] {1, PIPELINE}) {
                report.rows.add(new Report.Row(c[0], pipeline,
                        Measurement.median(runs.getOrDefault(key("ours", c[0], pipeline), List.of())),
                        Measurement.median(runs.getOrDefault(key("raw", c[0], pipeline), List.of())),
                        Measurement.median(runs.getOrDefault(key("redis", c[0], pipeline), List.of()))));
            }
        }
    }

    /**
     * Unrecorded GET, SET and INCR runs against this server and raw SQL first: otherwise the first
     * measured runs pay for the JIT (the server's and the generator's) and round 1 looks slower
     * than round 2 for that reason alone.
     */
    private void warmUp(RawSqlLoad raw) throws Exception {
        int n = Math.max(1_000, settings.requests() / 2);
        log("warm-up: %,d GET, SET and INCR against this server and raw SQL (not recorded)", n);
        for (String[] c : COMMANDS.subList(0, 3)) {
            Measurement m = bench.run(ours, c[1], CLIENTS, n, 1);
            if (!m.ok()) {
                log("  warm-up %s against this server failed: %s", c[0], m.error());
            }
            raw.run(RawSqlLoad.Op.valueOf(c[0]), n, CLIENTS);
        }
    }

    /**
     * SADD, HSET and ZADD go to one key each (myset, myhash, myzset). Created up front, so every
     * round measures the same thing; it also keeps clear of ZADD's create race (two ZADDs creating
     * the same key at once: one answers an internal error), which is a server bug, not a cost.
     */
    private static void seedCollections(Target t) throws Exception {
        try (RespClient c = t.connect()) {
            c.call("DEL", "myset", "myhash", "myzset", "mylist");
            c.call("SADD", "myset", "seed");
            c.call("HSET", "myhash", "seed", "xxx");
            c.call("ZADD", "myzset", "0", "seed");
        }
    }

    /** LRANGE_100 needs at least 100 items in redis-benchmark's list; LPUSH/RPOP runs leave it near empty. */
    private static void fillList(Target t) throws Exception {
        try (RespClient c = t.connect()) {
            c.call("DEL", "mylist");
            List<Object> cmd = new ArrayList<>(List.of("RPUSH", "mylist"));
            for (int i = 0; i < 600; i++) {
                cmd.add("xxx");
            }
            c.call(cmd.toArray());
        }
    }

    private static String key(String target, String command, int pipeline) {
        return target + "|" + command + "|" + pipeline;
    }

    private void add(Map<String, List<Measurement>> runs, String key, Measurement m) {
        List<Measurement> l = runs.computeIfAbsent(key, k -> new ArrayList<>());
        l.add(m);
        if (!m.ok()) {
            String[] k = key.split("\\|");
            String who = switch (k[0]) {
                case "ours" -> "this server";
                case "raw" -> "raw SQL";
                default -> "Redis";
            };
            report.failedRounds.add(k[1] + " -P " + k[2] + ", " + who + ", round " + l.size() + ": " + m.error());
        }
    }

    /** The last run's rate for the progress log: "1,234/s", "failed (why)" or "-". */
    private static String rate(Map<String, List<Measurement>> runs, String key) {
        List<Measurement> l = runs.get(key);
        if (l == null) {
            return "-";
        }
        Measurement m = l.get(l.size() - 1);
        return m.ok() ? String.format(Locale.ROOT, "%,.0f/s", m.requestsPerSecond()) : "failed (" + m.error() + ")";
    }

    private void cpuPerGets() throws Exception {
        log("CPU per 10,000 GETs (%,d GETs each)", settings.cpuGets());
        Map<String, Long> oursPids = new LinkedHashMap<>();
        oursPids.put("this server (JVM)", ours.pid());
        oursPids.put("MariaDB behind it", mysqlPid);
        Map<String, Double> o = CpuPerGets.measure(bench, ours, settings.cpuGets(), oursPids);
        report.cpuPer10kGets.putAll(o);
        report.cpuPer10kGets.put("this server + MariaDB", o.values().stream().mapToDouble(Double::doubleValue).sum());
        report.cpuPer10kGets.putAll(CpuPerGets.measure(bench, redis, Math.max(settings.cpuGets(), settings.redisRequests()),
                Map.of("redis-server", redis.pid())));
        report.cpuPer10kGets.forEach((k, v) -> log("  %-24s %.0f ms", k, v));
    }

    private void largeCollections() throws Exception {
        int size = opts.containsKey("large-size") ? Integer.parseInt(opts.get("large-size")) : settings.largeSize();
        report.largeSize = size;
        report.largeCalls = settings.largeCalls();
        log("large collections: loading %,d members into a sorted set and a list", size);
        report.largeLoadSecondsRedis = LargeCollections.load(redis, size);
        log("  Redis loaded in %.1f s", report.largeLoadSecondsRedis);
        report.largeLoadSecondsOurs = LargeCollections.load(ours, size);
        log("  this server loaded in %.1f s", report.largeLoadSecondsOurs);
        report.largeOurs.putAll(LargeCollections.latencies(ours, size, settings.largeCalls(), 42));
        report.largeRedis.putAll(LargeCollections.latencies(redis, size, settings.largeCalls(), 42));
        try (RespClient c = ours.connect()) {
            c.call("DEL", LargeCollections.ZSET_KEY, LargeCollections.LIST_KEY);
        }
    }

    private void jcmd(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("jcmd", Long.toString(ours.pid())));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
        log("jcmd %s: %s", command[0], out.strip().replace('\n', ' '));
    }

    private void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** {@code --name value} pairs; repeated {@code --setup} lines are kept in order. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        int setups = 0;
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
            opts.put(name.equals("setup") ? "setup" + (setups++) : name, value);
        }
        return opts;
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkMain(parse(args)).run();
    }
}
