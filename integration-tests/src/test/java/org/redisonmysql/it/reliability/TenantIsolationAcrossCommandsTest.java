package org.redisonmysql.it.reliability;

import org.junit.jupiter.api.Test;
import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.command.RedisCommandCatalogue;
import org.redisonmysql.it.RawClient;
import org.redisonmysql.it.TestDatabase;
import org.redisonmysql.it.TestServer;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation across every registered command that takes a key, generated from the server's
 * own command table (COMMAND LIST) and Redis's key specs: tenant B runs each such command with
 * tenant A's key names in the key positions; A's data stays unchanged and never shows in B's replies.
 * Subcommands with keys (OBJECT ENCODING, ...) are run too. A command registered later is covered
 * without touching this test, as long as Redis 7 has it (key positions come from Redis's specs).
 */
class TenantIsolationAcrossCommandsTest {
    private static final String SECRET = "SECRET-A-";
    private static final String SCORE = "4242.125";
    /** Commands not run: they leave the connection in another mode, or reach out to other hosts. */
    private static final Set<String> NOT_RUN = Set.of("migrate", "ssubscribe", "sunsubscribe", "subscribe",
            "psubscribe", "monitor", "sync", "psync", "shutdown", "debug");

    private final Map<String, String> aKeys = new LinkedHashMap<>();

    @Test
    void tenantBNeverSeesOrChangesTenantAsKeysThroughAnyCommand() throws Exception {
        TestDatabase db = TestDatabase.shared();
        String database = db.newDatabaseName();
        db.createDatabase(database);
        db.createUser("isoa:alice", "pw", database);
        db.createUser("isob:bob", "pw", database);
        try (TestServer server = TestServer.start(db.serverEnv(database));
             RawClient a = login(server.port(), "isoa:alice")) {
            createEveryType(a);
            Map<String, String> before = snapshot(a);
            List<String> names = commandList(a);
            List<String> failures = new ArrayList<>();
            Set<String> covered = new LinkedHashSet<>();
            Set<String> timedOut = new LinkedHashSet<>();
            int sent = 0;
            RawClient b = login(server.port(), "isob:bob");
            try {
                for (CommandSpec spec : withSubcommands(names)) {
                    String name = spec.fullName();
                    boolean movable = movable(spec);
                    if (spec.firstKey() <= 0 && !movable) {
                        continue;
                    }
                    for (String key : aKeys.keySet()) {
                        for (List<String> args : variants(name, spec, movable, key)) {
                            sent++;
                            String reply;
                            try {
                                b.send(RawClient.command(args.toArray(new String[0])));
                                reply = b.readReplyText();
                            } catch (SocketTimeoutException e) {
                                timedOut.add(String.join(" ", args));
                                b.close();
                                b = login(server.port(), "isob:bob");
                                continue;
                            }
                            if (!reply.startsWith("-ERR unknown subcommand") && !reply.startsWith("-ERR unknown command")) {
                                covered.add(name);
                            }
                            if (reply.contains(SECRET) || reply.contains(SCORE)) {
                                failures.add("B sees A's data: " + String.join(" ", args) + " -> " + reply);
                            }
                            for (String leak : HostileKeysTest.LEAKS) {
                                if (reply.contains(leak)) {
                                    failures.add("reply leaks " + leak + ": " + String.join(" ", args) + " -> " + reply);
                                }
                            }
                            if (name.equals("watch")) {
                                b.send(RawClient.command("UNWATCH"));
                                b.readReply();
                            }
                        }
                    }
                    Map<String, String> now = snapshot(a);
                    if (!now.equals(before)) {
                        failures.add("A's keys changed after B ran " + name + ": " + diff(before, now));
                        // restore A so one bug is not reported for every later command
                        a.send(RawClient.command("FLUSHDB"));
                        a.readReply();
                        createEveryType(a);
                        before = snapshot(a);
                    }
                }
                // scripts: declared keys, and undeclared literal key names
                for (String key : aKeys.keySet()) {
                    for (String script : List.of("return redis.call('TYPE', KEYS[1])",
                            "return redis.pcall('GET', KEYS[1])", "return redis.pcall('HGETALL', KEYS[1])",
                            "return redis.pcall('LRANGE', KEYS[1], 0, -1)", "return redis.pcall('SMEMBERS', KEYS[1])",
                            "return redis.pcall('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')",
                            "return redis.pcall('DEL', KEYS[1])")) {
                        for (List<String> args : List.of(List.of("EVAL", script, "1", key),
                                List.of("EVAL", script.replace("KEYS[1]", "'" + key + "'"), "0"))) {
                            sent++;
                            b.send(RawClient.command(args.toArray(new String[0])));
                            String reply = b.readReplyText();
                            if (reply.contains(SECRET) || reply.contains(SCORE)) {
                                failures.add("B sees A's data: " + args + " -> " + reply);
                            }
                        }
                    }
                }
                b.send(RawClient.command("KEYS", "*"));
                String keys = b.readReplyText();
                // nothing B created shows in A's keyspace either
                a.send(RawClient.command("DBSIZE"));
                String aSize = a.readReplyText();
                if (!aSize.equals(":" + aKeys.size() + "\r\n")) {
                    a.send(RawClient.command("KEYS", "*"));
                    failures.add("A's keyspace after B's commands holds other keys: " + a.readReplyText());
                }
                b.send(RawClient.command("FLUSHALL"));
                b.readReply();
                b.send(RawClient.command("DBSIZE"));
                assertThat(b.readReplyText()).isEqualTo(":0\r\n");
                Map<String, String> after = snapshot(a);
                if (!after.equals(before)) {
                    failures.add("A's keys changed after B's scripts / FLUSHALL: " + diff(before, after));
                }
                assertThat(covered).as("commands taking keys").hasSizeGreaterThan(100);
                assertThat(failures).as("isolation failures over %s commands from B (covered: %s); B's keys at the end: %s",
                        sent, covered.size(), keys).isEmpty();
                System.out.println("tenant isolation: " + covered.size() + " commands, " + sent
                        + " invocations; subcommands: " + covered.stream().filter(c -> c.contains("|")).toList()
                        + "; blocked until timeout: " + timedOut);
            } finally {
                b.close();
            }
        }
    }

    private static RawClient login(int port, String user) throws IOException {
        RawClient c = new RawClient(port);
        c.send(RawClient.command("AUTH", user, "pw"));
        assertThat(c.readReplyText()).isEqualTo("+OK\r\n");
        return c;
    }

    private void createEveryType(RawClient a) throws IOException {
        aKeys.clear();
        run(a, "str", "SET", "iso:str", SECRET + "string");
        run(a, "str", "SET", "iso:ttl", SECRET + "ttl", "EX", "100000");
        aKeys.put("iso:ttl", "str");
        run(a, "hash", "HSET", "iso:hash", SECRET + "field", SECRET + "hvalue", "f2", SECRET + "v2");
        run(a, "list", "RPUSH", "iso:list", SECRET + "l1", SECRET + "l2", SECRET + "l3");
        run(a, "set", "SADD", "iso:set", SECRET + "m1", SECRET + "m2");
        run(a, "zset", "ZADD", "iso:zset", SCORE, SECRET + "z1", "7", SECRET + "z2");
        run(a, "hll", "PFADD", "iso:hll", SECRET + "h1", SECRET + "h2");
        run(a, "geo", "GEOADD", "iso:geo", "13.361389", "38.115556", SECRET + "Palermo");
        run(a, "bits", "SETBIT", "iso:bits", "100", "1");
        run(a, "bits", "SET", "iso:num", "4242");
    }

    private void run(RawClient a, String kind, String... args) throws IOException {
        a.send(RawClient.command(args));
        String reply = a.readReplyText();
        assertThat(reply).as(String.join(" ", args)).doesNotStartWith("-");
        aKeys.put(args[1], kind);
    }

    private Map<String, String> snapshot(RawClient a) throws IOException {
        Map<String, String> s = new LinkedHashMap<>();
        for (String key : aKeys.keySet()) {
            StringBuilder v = new StringBuilder();
            for (String[] cmd : new String[][] {{"TYPE", key}, {"DUMP", key}, {"GET", key}, {"HGETALL", key},
                    {"LRANGE", key, "0", "-1"}, {"SMEMBERS", key}, {"ZRANGE", key, "0", "-1", "WITHSCORES"}}) {
                a.send(RawClient.command(cmd));
                String r = a.readReplyText();
                if (!r.startsWith("-ERR unknown") && !r.startsWith("-WRONGTYPE")) {
                    v.append(cmd[0]).append('=').append(sorted(cmd[0], r)).append("; ");
                }
            }
            a.send(RawClient.command("TTL", key));
            String ttl = a.readReplyText();
            v.append("TTL>0=").append(!ttl.startsWith(":-"));
            s.put(key, v.toString());
        }
        return s;
    }

    private static String sorted(String cmd, String reply) {
        if (!cmd.equals("SMEMBERS") || !reply.startsWith("*")) {
            return reply;
        }
        List<String> lines = new ArrayList<>(List.of(reply.split("\r\n")));
        lines.sort(null);
        return String.join("|", lines);
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder d = new StringBuilder();
        for (String k : before.keySet()) {
            if (!before.get(k).equals(after.get(k))) {
                d.append("\n  ").append(k).append(": ").append(before.get(k)).append("\n   now: ").append(after.get(k));
            }
        }
        return d.toString();
    }

    private static List<String> commandList(RawClient a) throws IOException {
        a.send(RawClient.command("COMMAND", "LIST"));
        String reply = a.readReplyText();
        List<String> names = new ArrayList<>();
        String[] lines = reply.split("\r\n");
        for (int i = 1; i < lines.length; i += 2) {
            names.add(lines[i + 1].toLowerCase(Locale.ROOT));
        }
        names.sort(null);
        assertThat(names).contains("get", "set", "hset", "zadd");
        return names;
    }

    /**
     * The listed commands Redis 7 knows, each followed by its subcommands (OBJECT ENCODING key,
     * ...): COMMAND LIST names only top-level commands. A subcommand the server lacks answers
     * "unknown subcommand" and is not counted as covered.
     */
    private static List<CommandSpec> withSubcommands(List<String> names) {
        List<CommandSpec> out = new ArrayList<>();
        for (String name : names) {
            if (NOT_RUN.contains(name) || !RedisCommandCatalogue.get().contains(name)) {
                continue;
            }
            CommandSpec spec = RedisCommandCatalogue.get().spec(name);
            out.add(spec);
            out.addAll(spec.subcommands());
        }
        return out;
    }

    private static boolean movable(CommandSpec spec) {
        for (Map<String, Object> ks : spec.keySpecs()) {
            String text = String.valueOf(ks);
            if (text.contains("keynum") || text.contains("keyword")) {
                return true;
            }
        }
        return false;
    }

    /** Argument vectors for one command: A's key in the key positions, simple values elsewhere. */
    private static List<List<String>> variants(String fullName, CommandSpec spec, boolean movable, String key) {
        String[] parts = fullName.split("\\|");
        int prefix = parts.length;
        int arity = Math.abs(spec.arity());
        boolean blocking = spec.hasFlag("blocking");
        String filler = blocking ? "0.01" : "1";
        List<List<String>> out = new ArrayList<>();
        List<Integer> lengths = spec.arity() < 0 ? List.of(arity, arity + 1, arity + 2) : List.of(arity);
        for (int n : lengths) {
            n = Math.max(n, prefix + 1);
            if (spec.firstKey() > 0) {
                for (String other : List.of(filler, "0", key)) {
                    String[] args = base(parts, n, other);
                    int last = spec.lastKey() < 0 ? n + spec.lastKey() : spec.lastKey();
                    int step = Math.max(1, spec.step());
                    for (int i = spec.firstKey(); i <= Math.min(last, n - 1); i += step) {
                        args[i] = key;
                    }
                    out.add(List.of(args));
                }
            }
            if (movable) {
                // a numkeys of 1 at each early position, A's key everywhere else
                for (int p = prefix; p < Math.min(n, prefix + 3); p++) {
                    String[] args = base(parts, n, key);
                    args[p] = "1";
                    if (blocking && p > prefix) {
                        args[prefix] = "0.01";
                    }
                    out.add(List.of(args));
                }
                // keyword forms: ... STORE key / STOREDIST key / KEYS key
                for (String keyword : List.of("STORE", "STOREDIST", "BY", "GET")) {
                    String[] args = base(parts, n + 2, filler);
                    for (int i = prefix; i <= Math.max(spec.lastKey(), prefix) && i < n; i++) {
                        args[i] = key;
                    }
                    args[n] = keyword;
                    args[n + 1] = key;
                    out.add(List.of(args));
                }
            }
        }
        return out;
    }

    private static String[] base(String[] parts, int n, String fill) {
        String[] args = new String[n];
        java.util.Arrays.fill(args, fill);
        for (int i = 0; i < parts.length; i++) {
            args[i] = parts[i].toUpperCase(Locale.ROOT);
        }
        return args;
    }
}
