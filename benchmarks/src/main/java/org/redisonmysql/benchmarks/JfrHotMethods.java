package org.redisonmysql.benchmarks;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a JFR recording of the server says dominated: the hottest methods by CPU samples
 * ({@code jdk.ExecutionSample}, the top frame = self time), the project's own methods that were on
 * the stack most often (inclusive), and where threads sat in native code
 * ({@code jdk.NativeMethodSample}: socket reads and writes, i.e. waiting for MySQL or clients).
 *
 * <p>{@code java -cp ... org.redisonmysql.benchmarks.JfrHotMethods recording.jfr [top]}
 */
public final class JfrHotMethods {
    private static final String OUR_PACKAGE = "org.redisonmysql.";

    private JfrHotMethods() {
    }

    public static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> nativeTop = new HashMap<>();
        Map<String, Integer> byLibrary = new HashMap<>();
        int cpuSamples = 0;
        int nativeSamples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            String type = e.getEventType().getName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                cpuSamples++;
                self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
                byLibrary.merge(library(st), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame f : st.getFrames()) {
                    String n = name(f);
                    if (n.startsWith(OUR_PACKAGE) && !n.contains("$$Lambda") && !n.contains(".lambda$") && seen.add(n)) {
                        ours.merge(n, 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.NativeMethodSample")) {
                nativeSamples++;
                // the first frame that is not the JDK's own plumbing says who waited
                String who = name(st.getFrames().get(0));
                for (RecordedFrame f : st.getFrames()) {
                    String n = name(f);
                    if (!n.startsWith("java.") && !n.startsWith("sun.") && !n.startsWith("jdk.")) {
                        who = name(st.getFrames().get(0)) + " <- " + n;
                        break;
                    }
                }
                nativeTop.merge(who, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("CPU samples (jdk.ExecutionSample): %,d; native samples: %,d%n%n", cpuSamples, nativeSamples));
        table(out, "CPU by library: the first non-JDK frame from the top (JDK calls count for their caller)",
                byLibrary, cpuSamples, top);
        table(out, "Hottest methods, self time (share of CPU samples)", self, cpuSamples, top);
        table(out, "Project methods on the stack, inclusive (share of CPU samples)", ours, cpuSamples, top);
        table(out, "Threads in native code (share of native samples)", nativeTop, nativeSamples, Math.min(top, 10));
        return out.toString();
    }

    /** Whose code a CPU sample is in: the library of the first frame, from the top, outside the JDK. */
    static String library(RecordedStackTrace st) {
        for (RecordedFrame f : st.getFrames()) {
            String type = f.getMethod().getType().getName();
            if (isJdk(type)) {
                continue;
            }
            return libraryOf(type);
        }
        return "JDK only (GC, JIT, idle loops)";
    }

    static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("javax.");
    }

    static String libraryOf(String type) {
        if (type.startsWith("org.jooq.")) {
            return "jOOQ (building, rendering, binding, fetching)";
        }
        if (type.startsWith("com.mysql.")) {
            return "MySQL Connector/J";
        }
        if (type.startsWith("com.zaxxer.hikari.")) {
            return "HikariCP";
        }
        if (type.startsWith("io.netty.")) {
            return "Netty";
        }
        if (type.startsWith("ch.qos.") || type.startsWith("org.slf4j.")) {
            return "logging";
        }
        if (type.startsWith("com.google.inject.")) {
            return "Guice";
        }
        if (type.startsWith(OUR_PACKAGE)) {
            return "redis-on-mysql";
        }
        int dot = type.indexOf('.', type.indexOf('.') + 1);
        return dot < 0 ? type : type.substring(0, dot);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
        out.append("| ").append(title).append(" | % |\n|---|---:|\n");
        if (total == 0) {
            out.append("| (no samples) | |\n\n");
            return;
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(top, sorted.size()))) {
            out.append(String.format("| `%s` | %.1f |%n", e.getKey(), total == 0 ? 0 : 100.0 * e.getValue() / total));
        }
        out.append('\n');
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrHotMethods recording.jfr [top]");
            System.exit(2);
        }
        System.out.print(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20));
    }
}
