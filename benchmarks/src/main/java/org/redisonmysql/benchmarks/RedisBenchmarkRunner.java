package org.redisonmysql.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Redis's own {@code redis-benchmark} against a target and reads its CSV line
 * ({@code "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"}).
 */
public final class RedisBenchmarkRunner {
    /** Keys are drawn from this many (redis-benchmark -r): spreads rows instead of hammering one. */
    public static final int KEYSPACE = 100_000;

    private final String executable;
    private final long timeoutSeconds;

    public RedisBenchmarkRunner(String executable, long timeoutSeconds) {
        this.executable = executable;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * One run of one test; a failed run (an error reply stops redis-benchmark) comes back as
     * {@link Measurement#failed} so that the other runs go on. {@code test} is a redis-benchmark -t name, or a whole command line
     * (e.g. {@code LRANGE mylist 0 99}) when it contains a space.
     */
    public Measurement run(Target target, String test, int clients, int requests, int pipeline)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(executable, "-h", target.host(), "-p", Integer.toString(target.port()),
                "-c", Integer.toString(clients), "-n", Integer.toString(requests), "-r", Integer.toString(KEYSPACE),
                "-P", Integer.toString(pipeline), "--csv"));
        if (target.user() != null) {
            cmd.addAll(List.of("--user", target.user(), "-a", target.password()));
        }
        if (test.contains(" ")) {
            cmd.addAll(List.of(test.split(" ")));
        } else {
            cmd.addAll(List.of("-t", test));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        p.getOutputStream().close();
        // redis-benchmark's output is small: read it after the exit (stderr only says -a is insecure)
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("redis-benchmark " + test + " against " + target.name() + " did not finish in "
                    + timeoutSeconds + " s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        Measurement m = parseCsv(out);
        if (p.exitValue() != 0 || m == null) {
            return Measurement.failed(failure(out + "\n" + err, p.exitValue()));
        }
        return m;
    }

    /** What made a run fail: redis-benchmark's "Error from server: ..." line when it printed one. */
    static String failure(String output, int exit) {
        for (String line : output.split("\\R")) {
            if (line.startsWith("Error from server: ")) {
                return line.substring("Error from server: ".length()).trim();
            }
        }
        for (String line : output.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("\"test\"") && !line.contains("Using a password")) {
                return "exit " + exit + ": " + line.trim();
            }
        }
        return "exit " + exit;
    }

    /** The first data line of redis-benchmark's --csv output; null when there is none. */
    static Measurement parseCsv(String csv) {
        for (String line : csv.split("\\R")) {
            if (line.isBlank() || line.startsWith("\"test\"")) {
                continue;
            }
            String[] f = line.split("\",\"");
            if (f.length < 7) {
                continue;
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].replace("\"", "");
            }
            return new Measurement(Double.parseDouble(f[1]), Double.parseDouble(f[4]), Double.parseDouble(f[6]));
        }
        return null;
    }
}
