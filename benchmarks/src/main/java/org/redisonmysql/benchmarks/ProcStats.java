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
