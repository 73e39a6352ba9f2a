package org.redisonmysql.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a spec for a command that Redis does not have (plugins, extensions). */
public final class CommandSpecBuilder {
    private final String name;
    private String container;
    private int arity = -1;
    private final List<String> flags = new ArrayList<>();
    private int firstKey;
    private int lastKey;
    private int step;
    private final List<String> aclCategories = new ArrayList<>();
    private final List<String> tips = new ArrayList<>();
    private final List<Map<String, Object>> keySpecs = new ArrayList<>();
    private final Map<String, Object> docs = new LinkedHashMap<>();

    CommandSpecBuilder(String name) {
        this.name = name;
    }

    /** Makes this a subcommand of {@code container} (reported as {@code container|name}). */
    public CommandSpecBuilder subcommandOf(String container) {
        this.container = container;
        return this;
    }

    /** Redis arity: N = exactly N arguments, -N = at least N (the command name counts). */
    public CommandSpecBuilder arity(int arity) {
        this.arity = arity;
        return this;
    }

    /** Redis command flags, e.g. {@code "readonly"}, {@code "write"}, {@code "fast"}. */
    public CommandSpecBuilder flags(String... flags) {
        this.flags.addAll(List.of(flags));
        return this;
    }

    /** Legacy key positions: first key, last key (negative counts from the end), step. */
    public CommandSpecBuilder keys(int first, int last, int step) {
        this.firstKey = first;
        this.lastKey = last;
        this.step = step;
        if (first > 0) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("flags", List.of(flags.contains("write") ? "RW" : "RO", "access"));
            spec.put("begin_search", Map.of("type", "index", "spec", Map.of("index", first)));
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("lastkey", last < 0 ? last : last - first);
            range.put("keystep", step);
            range.put("limit", 0);
            Map<String, Object> findKeys = new LinkedHashMap<>();
            findKeys.put("type", "range");
            findKeys.put("spec", range);
            spec.put("find_keys", findKeys);
            keySpecs.add(spec);
        }
        return this;
    }

    /** ACL categories, with or without the leading '@'. */
    public CommandSpecBuilder aclCategories(String... categories) {
        for (String c : categories) {
            aclCategories.add(c.startsWith("@") ? c : "@" + c);
        }
        return this;
    }

    public CommandSpecBuilder tips(String... tips) {
        this.tips.addAll(List.of(tips));
        return this;
    }

    /** COMMAND DOCS fields: summary, since, group, complexity. */
    public CommandSpecBuilder docs(String summary, String since, String group, String complexity) {
        docs.put("summary", summary);
        docs.put("since", since);
        docs.put("group", group);
        docs.put("complexity", complexity);
        return this;
    }

    public CommandSpec build() {
        String fullName = container == null ? name : container + "|" + name;
        return new CommandSpec(name, fullName, arity, flags, firstKey, lastKey, step, aclCategories, tips, keySpecs,
                List.of(), docs);
    }
}
