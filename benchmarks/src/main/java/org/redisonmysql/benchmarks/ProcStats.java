package org.redisonmysql.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What Linux's /proc says about another process: resident memory and CPU time used so far. */
public final class ProcStats {
    /** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on every Linux build we run on). */
    private static final long TICKS_PER_SECOND = Long.getLong("clk.tck", 100);

    private ProcStats() {
    }

    /** VmRSS of the process, bytes. */
    public static long rssBytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return parseKb(line) * 1024;
            }
        }
        throw new IOException("no VmRSS for pid " + pid);
    }

    /** Threads of the process (the Threads: line of /proc/<pid>/status). */
    public static int threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).trim());
            }
        }
        throw new IOException("no Threads for pid " + pid);
    }

    /**
     * Java heap in use in a JVM, bytes, from {@code jcmd <pid> GC.heap_info} (after no forced GC:
     * what the RSS holds); -1 when jcmd is missing or says nothing readable.
     */
    public static long javaHeapUsedBytes(long pid) {
        return heapInfo(pid, false);
    }

    /**
     * Java heap still in use after a full GC ({@code jcmd <pid> GC.run} first): what the
     * connections really keep, garbage aside. Run it after reading the RSS, which the GC may change.
     */
    public static long javaHeapLiveBytes(long pid) {
        return heapInfo(pid, true);
    }

    private static long heapInfo(long pid, boolean gcFirst) {
        try {
            if (gcFirst) {
                Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
                gc.getInputStream().readAllBytes();
                if (!gc.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || gc.exitValue() != 0) {
                    return -1;
                }
            }
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            long kb = parseHeapUsedKb(out);
            return kb < 0 ? -1 : kb * 1024;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The first "used NNNK" of GC.heap_info: the whole heap's line comes first for G1 and the others. */
    static long parseHeapUsedKb(String heapInfo) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static long parseKb(String statusLine) {
        String[] parts = statusLine.trim().split("\\s+");
        return Long.parseLong(parts[1]);
    }

    /** utime + stime of the process (all its threads), milliseconds. */
    public static long cpuMillis(long pid) throws IOException {
        return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * 1000 / TICKS_PER_SECOND;
    }

    /** utime + stime from a /proc/<pid>/stat line; the command name in parentheses may hold spaces. */
    static long cpuTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after ") ": state(3) ppid(4) ... utime is field 14, stime field 15 of the whole line
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
