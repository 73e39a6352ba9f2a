package org.redisonmysql.server.commands.introspection;

import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.command.RedisCommandCatalogue;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Encodes a {@link CommandSpec} exactly as Redis 7.0 encodes COMMAND INFO and COMMAND DOCS. The
 * catalogue keeps specs as plain JSON trees, so the wire types (status vs bulk strings, sets vs
 * arrays, maps) are decided here, after Redis's {@code addReplyCommandInfo}/{@code addReplyCommandDocs}:
 * flags and ACL categories are sets of status strings, tips a set of bulk strings, key specs a set
 * of maps, subcommands an array; in DOCS, history is a set of pairs and arguments an array of maps.
 */
public final class SpecEncoder {
    private SpecEncoder() {
    }

    /** One COMMAND INFO entry (10 elements). */
    public static Reply info(CommandSpec spec) {
        List<Reply> subs = new ArrayList<>();
        for (CommandSpec sub : ordered(spec)) {
            subs.add(info(sub));
        }
        return Replies.array(List.of(
                Replies.bulk(spec.fullName()),
                Replies.integer(spec.arity()),
                statusSet(spec.flags()),
                Replies.integer(spec.firstKey()),
                Replies.integer(spec.lastKey()),
                Replies.integer(spec.step()),
                statusSet(spec.aclCategories()),
                bulkSet(spec.tips()),
                keySpecs(spec.keySpecs()),
                subs.isEmpty() ? Replies.set(List.of()) : Replies.array(subs))); // Redis: empty set, else array
    }

    /** The docs map of one command (the value under its name in COMMAND DOCS). */
    public static Reply docs(CommandSpec spec) {
        List<Reply> kv = new ArrayList<>();
        for (Map.Entry<String, Object> e : spec.docs().entrySet()) {
            kv.add(Replies.bulk(e.getKey()));
            kv.add(docValue(e.getKey(), e.getValue()));
        }
        List<CommandSpec> subs = ordered(spec);
        if (!subs.isEmpty()) {
            List<Reply> subKv = new ArrayList<>();
            for (CommandSpec sub : subs) {
                subKv.add(Replies.bulk(sub.fullName()));
                subKv.add(docs(sub));
            }
            kv.add(Replies.bulk("subcommands"));
            kv.add(Replies.map(subKv));
        }
        return Replies.map(kv);
    }

    /** Subcommands in the catalogue's order (one order Redis printed), extensions after. */
    static List<CommandSpec> ordered(CommandSpec spec) {
        RedisCommandCatalogue cat = RedisCommandCatalogue.get();
        List<String> order = new ArrayList<>();
        if (cat.contains(spec.fullName())) {
            for (CommandSpec s : cat.spec(spec.fullName()).subcommands()) {
                order.add(s.fullName());
            }
        }
        List<CommandSpec> subs = new ArrayList<>(spec.subcommands());
        subs.sort(Comparator.comparingInt(s -> {
            int i = order.indexOf(s.fullName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return subs;
    }

    private static Reply keySpecs(List<Map<String, Object>> specs) {
        List<Reply> items = new ArrayList<>();
        for (Map<String, Object> ks : specs) {
            items.add(tree(ks));
        }
        return Replies.set(items);
    }

    /** A key-spec tree: strings are bulk, numbers integers, nested maps maps, "flags" a status set. */
    @SuppressWarnings("unchecked")
    private static Reply tree(Map<String, Object> m) {
        List<Reply> kv = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            kv.add(Replies.bulk(e.getKey()));
            Object v = e.getValue();
            if (v instanceof Map<?, ?> inner) {
                kv.add(tree((Map<String, Object>) inner));
            } else if (v instanceof List<?> list) {
                kv.add(statusSet((List<String>) list));
            } else {
                kv.add(scalar(v));
            }
        }
        return Replies.map(kv);
    }

    @SuppressWarnings("unchecked")
    private static Reply docValue(String key, Object v) {
        switch (key) {
            case "flags", "doc_flags":
                return statusSet((List<String>) v);
            case "history": {
                List<Reply> items = new ArrayList<>();
                for (Object h : (List<?>) v) {
                    List<Reply> pair = new ArrayList<>();
                    for (Object s : (List<?>) h) {
                        pair.add(Replies.bulk(String.valueOf(s)));
                    }
                    items.add(Replies.array(pair));
                }
                return Replies.set(items);
            }
            case "arguments": {
                List<Reply> items = new ArrayList<>();
                for (Object a : (List<?>) v) {
                    List<Reply> kv = new ArrayList<>();
                    for (Map.Entry<String, Object> e : ((Map<String, Object>) a).entrySet()) {
                        kv.add(Replies.bulk(e.getKey()));
                        kv.add(docValue(e.getKey(), e.getValue()));
                    }
                    items.add(Replies.map(kv));
                }
                return Replies.array(items);
            }
            default:
                return scalar(v);
        }
    }

    private static Reply scalar(Object v) {
        if (v instanceof Number n) {
            return Replies.integer(n.longValue());
        }
        return Replies.bulk(String.valueOf(v));
    }

    static Reply statusSet(List<String> values) {
        List<Reply> items = new ArrayList<>(values.size());
        for (String s : values) {
            items.add(Replies.simple(s));
        }
        return Replies.set(items);
    }

    private static Reply bulkSet(List<String> values) {
        List<Reply> items = new ArrayList<>(values.size());
        for (String s : values) {
            items.add(Replies.bulk(s));
        }
        return Replies.set(items);
    }
}
