package org.redisonmysql.commands.strings.algo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redisonmysql.core.error.RedisException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays test vectors recorded from a real Redis 7.0.15 by
 * {@code src/test/resources/redis-vectors/generate_vectors.py} against a tiny in-memory
 * "server" whose command handlers call the algo classes the way real handlers should (same order
 * of argument parsing, key lookup and type checks). Every reply and every recorded key value
 * (GET after the command) must match byte for byte.
 */
final class RedisVectors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, byte[]> store = new HashMap<>();
    private final Map<String, byte[]> blobs = new HashMap<>();

    /** Runs a vector file; returns the mismatch descriptions (empty when all lines match) and the line count. */
    static Outcome run(String resource) throws IOException {
        RedisVectors rv = new RedisVectors();
        List<String> failures = new ArrayList<>();
        int lines = 0;
        try (InputStream in = RedisVectors.class.getResourceAsStream("/redis-vectors/" + resource)) {
            Objects.requireNonNull(in, resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                lines++;
                JsonNode o = JSON.readTree(line);
                if (o.has("blob")) {
                    rv.blobs.put(o.get("blob").asText(), HEX.parseHex(o.get("x").asText()));
                    continue;
                }
                String problem = rv.check(o);
                if (problem != null && failures.size() < 20) {
                    failures.add("line " + lines + ": " + abbreviate(line) + "\n    " + problem);
                } else if (problem != null) {
                    failures.add("...");
                }
            }
        }
        return new Outcome(lines, failures);
    }

    record Outcome(int lines, List<String> failures) {
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    private String check(JsonNode o) {
        List<byte[]> argv = new ArrayList<>();
        for (JsonNode a : o.get("c")) {
            expand(a.asText(), argv);
        }
        Object actual;
        try {
            actual = execute(argv);
        } catch (RedisException e) {
            actual = "-" + e.getMessage();
        } catch (RuntimeException e) {
            return "exception " + e;
        }
        Object expected = toJava(o.get("r"));
        if (!Objects.equals(expected, actual)) {
            return "reply: expected " + expected + " but was " + actual;
        }
        Iterator<Map.Entry<String, JsonNode>> it = o.get("k").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String want = e.getValue().isNull() ? null : e.getValue().asText();
            String have = state(store.get(e.getKey()), want != null && want.startsWith("x:"));
            if (!Objects.equals(want, have)) {
                byte[] v = store.get(e.getKey());
                return "key " + e.getKey() + ": expected " + want + " but was " + have
                        + (v != null && v.length < 4000 ? " = " + HEX.formatHex(v) : "");
            }
        }
        return null;
    }

    private static Object toJava(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asLong();
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(toJava(x)));
            return l;
        }
        return n.asText();
    }

    static String state(byte[] v, boolean full) {
        if (v == null) {
            return null;
        }
        if (full || v.length <= 64) {
            return "x:" + HEX.formatHex(v);
        }
        return "s:" + HEX.formatHex(sha256(v)).substring(0, 24) + ":" + v.length;
    }

    static byte[] sha256(byte[] v) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(v);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Element i of generator seed s: sha256("s:i")[: i % 23]. */
    static List<byte[]> generated(long seed, long start, long count) {
        List<byte[]> out = new ArrayList<>();
        for (long i = start; i < start + count; i++) {
            byte[] d = sha256((seed + ":" + i).getBytes(StandardCharsets.US_ASCII));
            byte[] e = new byte[(int) (i % 23)];
            System.arraycopy(d, 0, e, 0, e.length);
            out.add(e);
        }
        return out;
    }

    private void expand(String a, List<byte[]> argv) {
        if (a.startsWith("@g:")) {
            String[] p = a.split(":");
            argv.addAll(generated(Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3])));
        } else if (a.startsWith("@b:")) {
            argv.add(Objects.requireNonNull(blobs.get(a.substring(3)), a));
        } else if (a.startsWith("~")) {
            argv.add(HEX.parseHex(a.substring(1)));
        } else {
            argv.add(a.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static String key(byte[] k) {
        return new String(k, StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------ the mini handlers

    private Object execute(List<byte[]> argv) {
        String cmd = key(argv.get(0)).toLowerCase(java.util.Locale.ROOT);
        List<byte[]> rest = argv.subList(1, argv.size());
        switch (cmd) {
            case "flushall":
                store.clear();
                return "+OK";
            case "set":
                store.put(key(argv.get(1)), argv.get(2).clone());
                return "+OK";
            case "del": {
                long n = 0;
                for (byte[] k : rest) {
                    if (store.remove(key(k)) != null) {
                        n++;
                    }
                }
                return n;
            }
            case "pfadd": {
                String k = key(argv.get(1));
                try {
                    HyperLogLog.AddResult r = HyperLogLog.add(store.get(k), argv.subList(2, argv.size()));
                    if (r.changed()) {
                        store.put(k, r.value());
                    }
                    return r.changed() ? 1L : 0L;
                } catch (HyperLogLog.CorruptedException e) {
                    if (e.modifiedValue() != null) {
                        store.put(k, e.modifiedValue());
                    }
                    throw e;
                }
            }
            case "pfcount": {
                if (rest.size() == 1) {
                    String k = key(rest.get(0));
                    byte[] v = store.get(k);
                    if (v == null) {
                        return 0L;
                    }
                    HyperLogLog.CountResult r = HyperLogLog.count(v);
                    if (r.updatedValue() != null) {
                        store.put(k, r.updatedValue());
                    }
                    return r.count();
                }
                HyperLogLog.Union u = new HyperLogLog.Union();
                for (byte[] k : rest) {
                    u.add(store.get(key(k)));
                }
                return u.count();
            }
            case "pfmerge": {
                String dest = key(argv.get(1));
                HyperLogLog.Union u = new HyperLogLog.Union();
                for (byte[] k : rest) {
                    u.add(store.get(key(k)));
                }
                store.put(dest, u.storeInto(store.get(dest)));
                return "+OK";
            }
            case "bitcount":
                return BitOps.bitcount(store.get(key(argv.get(1))), argv.subList(2, argv.size()));
            case "bitpos": {
                int bit = BitOps.parseBitposBit(argv.get(2));
                return BitOps.bitpos(store.get(key(argv.get(1))), bit, argv.subList(3, argv.size()));
            }
            case "bitop": {
                List<byte[]> srcKeys = argv.subList(3, argv.size());
                BitOps.BitOp op = BitOps.parseBitOp(argv.get(1), srcKeys.size());
                List<byte[]> values = new ArrayList<>();
                for (byte[] k : srcKeys) {
                    values.add(store.get(key(k)));
                }
                byte[] res = BitOps.bitop(op, values);
                String dest = key(argv.get(2));
                if (res == null) {
                    store.remove(dest);
                    return 0L;
                }
                store.put(dest, res);
                return (long) res.length;
            }
            case "setbit": {
                long off = BitOps.parseBitOffset(argv.get(2));
                int on = BitOps.parseBitValue(argv.get(3));
                String k = key(argv.get(1));
                BitOps.SetBitResult r = BitOps.setbit(store.get(k), off, on);
                store.put(k, r.value());
                return (long) r.oldBit();
            }
            case "getbit": {
                long off = BitOps.parseBitOffset(argv.get(2));
                return (long) BitOps.getbit(store.get(key(argv.get(1))), off);
            }
            case "bitfield":
            case "bitfield_ro": {
                String k = key(argv.get(1));
                BitField.Parsed p = BitField.parse(argv.subList(2, argv.size()), cmd.equals("bitfield_ro"));
                BitField.Result r = BitField.execute(store.get(k), p);
                if (r.value() != null) {
                    store.put(k, r.value());
                }
                return new ArrayList<Object>(r.replies());
            }
            default:
                throw new IllegalArgumentException("unsupported command in vectors: " + cmd);
        }
    }
}
