package org.redisonmysql.server.commands.introspection;

import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.util.RedisNumbers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the key arguments of a command line from its key specs, as Redis 7.0's
 * {@code getKeysUsingKeySpecs} does (begin_search index/keyword, find_keys range/keynum). Used by
 * COMMAND GETKEYS and GETKEYSANDFLAGS. A spec that cannot be applied (bad numkeys) makes the whole
 * extraction invalid, which Redis reports as {@code Invalid arguments specified for command}.
 */
public final class KeyExtractor {
    /** One key found: its position in argv and the flags of the spec that found it. */
    public record Found(int pos, List<String> flags) {
    }

    private KeyExtractor() {
    }

    /** The keys of {@code argv} (argv[0] is the command), or null when the arguments are invalid. */
    @SuppressWarnings("unchecked")
    public static List<Found> keys(CommandSpec spec, byte[][] argv) {
        int argc = argv.length;
        List<Found> result = new ArrayList<>();
        for (Map<String, Object> ks : spec.keySpecs()) {
            List<String> flags = (List<String>) ks.getOrDefault("flags", List.of());
            if (flags.contains("not_key")) {
                continue;
            }
            Map<String, Object> bs = (Map<String, Object>) ks.get("begin_search");
            Map<String, Object> bsSpec = (Map<String, Object>) bs.get("spec");
            int first = 0;
            switch (String.valueOf(bs.get("type"))) {
                case "index" -> first = num(bsSpec, "index");
                case "keyword" -> {
                    byte[] keyword = String.valueOf(bsSpec.get("keyword")).getBytes(StandardCharsets.UTF_8);
                    int startfrom = num(bsSpec, "startfrom");
                    int start = startfrom > 0 ? startfrom : argc + startfrom;
                    int end = startfrom > 0 ? argc - 1 : 1;
                    int dir = start <= end ? 1 : -1;
                    for (int i = start; dir > 0 ? i <= end : i >= end; i += dir) {
                        if (i >= argc || i < 1) {
                            break;
                        }
                        if (equalsIgnoreCase(argv[i], keyword)) {
                            first = i + 1;
                            break;
                        }
                    }
                    if (first == 0) {
                        continue;
                    }
                }
                default -> {
                    return null; // unknown begin_search: Redis falls back to the command's own getkeys
                }
            }
            Map<String, Object> fk = (Map<String, Object>) ks.get("find_keys");
            Map<String, Object> fkSpec = (Map<String, Object>) fk.get("spec");
            int last;
            int step;
            switch (String.valueOf(fk.get("type"))) {
                case "range" -> {
                    int lastkey = num(fkSpec, "lastkey");
                    int limit = num(fkSpec, "limit");
                    if (lastkey >= 0) {
                        last = first + lastkey;
                    } else if (limit == 0) {
                        last = argc + lastkey;
                    } else {
                        last = first + ((argc - first) / limit + lastkey);
                    }
                    step = num(fkSpec, "keystep");
                }
                case "keynum" -> {
                    int idx = first + num(fkSpec, "keynumidx");
                    if (idx >= argc) {
                        return null;
                    }
                    Long numkeys = RedisNumbers.parseLongOrNull(argv[idx]);
                    if (numkeys == null || numkeys < 0 || numkeys > argc) {
                        return null;
                    }
                    first += num(fkSpec, "firstkey");
                    step = num(fkSpec, "keystep");
                    last = first + (int) (numkeys * step) - 1;
                    if (last >= argc) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
            if (step <= 0) {
                step = 1;
            }
            for (int i = first; i <= last; i += step) {
                if (i >= argc || i < first) {
                    continue;
                }
                result.add(new Found(i, flags));
            }
        }
        return result;
    }

    /** True when the command has key arguments at all (Redis's {@code doesCommandHaveKeys}). */
    @SuppressWarnings("unchecked")
    public static boolean hasKeys(CommandSpec spec) {
        if (spec.hasFlag("movablekeys")) {
            return true;
        }
        for (Map<String, Object> ks : spec.keySpecs()) {
            if (!((List<String>) ks.getOrDefault("flags", List.of())).contains("not_key")) {
                return true;
            }
        }
        return false;
    }

    private static int num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.intValue() : 0;
    }

    private static boolean equalsIgnoreCase(byte[] a, byte[] b) {
        return new String(a, StandardCharsets.ISO_8859_1).equalsIgnoreCase(new String(b, StandardCharsets.ISO_8859_1));
    }
}
