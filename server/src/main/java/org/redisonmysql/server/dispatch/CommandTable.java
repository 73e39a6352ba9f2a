package org.redisonmysql.server.dispatch;

import com.google.inject.Injector;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.CommandRegistration;
import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.core.command.RedisCommandCatalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every registered command, by lower-case name, built once at startup from the modules'
 * registrations. A name registered twice stops startup, naming both modules. Subcommands
 * ({@code client|setname}) hang under their container.
 */
public final class CommandTable {
    /** One command or container: its spec (containers list only registered subcommands). */
    public record Entry(CommandSpec spec, CommandHandler handler, String module, Map<String, Entry> subcommands) {
        public boolean isContainer() {
            return !subcommands.isEmpty();
        }
    }

    private final Map<String, Entry> commands;

    private CommandTable(Map<String, Entry> commands) {
        this.commands = Collections.unmodifiableMap(commands);
    }

    public static CommandTable build(Set<CommandRegistration> registrations, Injector injector) {
        Map<String, CommandRegistration> top = new TreeMap<>();
        Map<String, Map<String, CommandRegistration>> subs = new TreeMap<>();
        for (CommandRegistration r : registrations) {
            String full = r.spec().fullName();
            int bar = full.indexOf('|');
            if (bar < 0) {
                putUnique(top, full, r);
            } else {
                putUnique(subs.computeIfAbsent(full.substring(0, bar), k -> new TreeMap<>()), full, r);
            }
        }
        Map<String, Entry> table = new LinkedHashMap<>();
        for (Map.Entry<String, CommandRegistration> e : top.entrySet()) {
            if (subs.containsKey(e.getKey())) {
                // A container may also run bare (COMMAND with no subcommand) when the same module says so.
                if (!e.getValue().module().equals(subs.get(e.getKey()).values().iterator().next().module())) {
                    throw new IllegalStateException("command '" + e.getKey() + "' is registered both as a command (by "
                            + e.getValue().module() + ") and as a container of subcommands");
                }
                continue;
            }
            CommandRegistration r = e.getValue();
            table.put(e.getKey(), new Entry(r.spec(), injector.getInstance(r.handler()), r.module(), Map.of()));
        }
        for (Map.Entry<String, Map<String, CommandRegistration>> e : subs.entrySet()) {
            Map<String, Entry> children = new LinkedHashMap<>();
            List<CommandSpec> childSpecs = new ArrayList<>();
            String module = null;
            for (CommandRegistration r : e.getValue().values()) {
                children.put(r.spec().name(), new Entry(r.spec(), injector.getInstance(r.handler()), r.module(), Map.of()));
                childSpecs.add(r.spec());
                module = r.module();
            }
            CommandSpec containerSpec = RedisCommandCatalogue.get().contains(e.getKey())
                    ? RedisCommandCatalogue.get().spec(e.getKey())
                    : CommandSpec.builder(e.getKey()).arity(-2).build();
            CommandRegistration bare = top.get(e.getKey());
            table.put(e.getKey(), new Entry(containerSpec.withSubcommands(childSpecs),
                    bare == null ? null : injector.getInstance(bare.handler()), module, children));
        }
        return new CommandTable(table);
    }

    private static void putUnique(Map<String, CommandRegistration> map, String name, CommandRegistration r) {
        CommandRegistration previous = map.putIfAbsent(name, r);
        if (previous != null) {
            throw new IllegalStateException("command '" + name + "' is registered twice: by " + previous.module()
                    + " and by " + r.module());
        }
    }

    /** The command, or null; {@code name} must be lower case. */
    public Entry lookup(String name) {
        return commands.get(name);
    }

    public Collection<Entry> all() {
        return commands.values();
    }

    public int size() {
        return commands.size();
    }
}
