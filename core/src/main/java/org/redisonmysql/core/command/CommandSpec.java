package org.redisonmysql.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A command's metadata, with the same fields Redis's {@code COMMAND INFO} and {@code COMMAND DOCS}
 * return. The fields the server acts on (arity, flags, key positions) are typed; the ones it only
 * reports (key specs, docs) are kept as the ordered JSON trees they were declared with.
 * Redis's own commands take theirs from {@link RedisCommandCatalogue}, captured from Redis 7.
 */
public final class CommandSpec {
    private final String name;
    private final String fullName;
    private final int arity;
    private final List<String> flags;
    private final int firstKey;
    private final int lastKey;
    private final int step;
    private final List<String> aclCategories;
    private final List<String> tips;
    private final List<Map<String, Object>> keySpecs;
    private final List<CommandSpec> subcommands;
    private final Map<String, Object> docs;

    CommandSpec(String name, String fullName, int arity, List<String> flags, int firstKey, int lastKey, int step,
            List<String> aclCategories, List<String> tips, List<Map<String, Object>> keySpecs,
            List<CommandSpec> subcommands, Map<String, Object> docs) {
        this.name = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        this.fullName = Objects.requireNonNull(fullName, "fullName").toLowerCase(Locale.ROOT);
        this.arity = arity;
        this.flags = List.copyOf(flags);
        this.firstKey = firstKey;
        this.lastKey = lastKey;
        this.step = step;
        this.aclCategories = List.copyOf(aclCategories);
        this.tips = List.copyOf(tips);
        this.keySpecs = List.copyOf(keySpecs);
        this.subcommands = List.copyOf(subcommands);
        this.docs = docs == null ? Map.of() : java.util.Collections.unmodifiableMap(docs);
    }

    public static CommandSpecBuilder builder(String name) {
        return new CommandSpecBuilder(name);
    }

    /** The name as Redis reports it: {@code get}, or {@code setname} for {@code client|setname}. */
    public String name() {
        return name;
    }

    /** {@code get}, or {@code client|setname} for a subcommand: what errors and COMMAND print. */
    public String fullName() {
        return fullName;
    }

    public int arity() {
        return arity;
    }

    public List<String> flags() {
        return flags;
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public boolean isWrite() {
        return hasFlag("write");
    }

    public int firstKey() {
        return firstKey;
    }

    public int lastKey() {
        return lastKey;
    }

    public int step() {
        return step;
    }

    public List<String> aclCategories() {
        return aclCategories;
    }

    public List<String> tips() {
        return tips;
    }

    public List<Map<String, Object>> keySpecs() {
        return keySpecs;
    }

    public List<CommandSpec> subcommands() {
        return subcommands;
    }

    public Map<String, Object> docs() {
        return docs;
    }

    /** True when {@code argc} arguments (the command name included) satisfy the arity. */
    public boolean arityAccepts(int argc) {
        return arity >= 0 ? argc == arity : argc >= -arity;
    }

    /** The same spec with only the given subcommands (those a module actually registered). */
    public CommandSpec withSubcommands(List<CommandSpec> registered) {
        return new CommandSpec(name, fullName, arity, flags, firstKey, lastKey, step, aclCategories, tips, keySpecs,
                new ArrayList<>(registered), docs);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
