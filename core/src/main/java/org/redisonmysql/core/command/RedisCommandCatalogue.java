package org.redisonmysql.core.command;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Redis 7's own command metadata, loaded from {@code redis-commands.json}: the output of
 * {@code COMMAND INFO} and {@code COMMAND DOCS} of a real redis-server 7, captured by
 * {@code tools/capture_command_specs.py}. Families take their specs from here, so arity errors,
 * flags, key positions and COMMAND replies are Redis's own.
 */
public final class RedisCommandCatalogue {
    private static final String RESOURCE = "/org/redisonmysql/core/spec/redis-commands.json";
    private static final RedisCommandCatalogue INSTANCE = load();

    private final String redisVersion;
    private final Map<String, CommandSpec> byFullName;

    private RedisCommandCatalogue(String redisVersion, Map<String, CommandSpec> byFullName) {
        this.redisVersion = redisVersion;
        this.byFullName = Collections.unmodifiableMap(byFullName);
    }

    public static RedisCommandCatalogue get() {
        return INSTANCE;
    }

    /** The Redis version the metadata was captured from. */
    public String redisVersion() {
        return redisVersion;
    }

    /**
     * The spec of a command ({@code "get"}) or subcommand ({@code "client|setname"}).
     *
     * @throws IllegalArgumentException when Redis has no such command
     */
    public CommandSpec spec(String fullName) {
        CommandSpec spec = byFullName.get(fullName.toLowerCase(Locale.ROOT));
        if (spec == null) {
            throw new IllegalArgumentException("Redis 7 has no command '" + fullName + "'");
        }
        return spec;
    }

    public boolean contains(String fullName) {
        return byFullName.containsKey(fullName.toLowerCase(Locale.ROOT));
    }

    private static RedisCommandCatalogue load() {
        try (InputStream in = RedisCommandCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Object> root = new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            Map<String, CommandSpec> specs = new LinkedHashMap<>();
            for (Object entry : (List<?>) root.get("commands")) {
                CommandSpec spec = parse(asMap(entry), null);
                specs.put(spec.fullName(), spec);
                for (CommandSpec sub : spec.subcommands()) {
                    specs.put(sub.fullName(), sub);
                }
            }
            return new RedisCommandCatalogue((String) root.get("redis_version"), specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static CommandSpec parse(Map<String, Object> m, String container) {
        String fullName = (String) m.get("name");
        String name = container == null ? fullName : fullName.substring(fullName.indexOf('|') + 1);
        List<CommandSpec> subs = new ArrayList<>();
        for (Object sub : (List<?>) m.get("subcommands")) {
            subs.add(parse(asMap(sub), fullName));
        }
        List<Map<String, Object>> keySpecs = new ArrayList<>();
        for (Object ks : (List<?>) m.get("key_specs")) {
            keySpecs.add(asMap(ks));
        }
        return new CommandSpec(name, fullName, ((Number) m.get("arity")).intValue(), (List<String>) m.get("flags"),
                ((Number) m.get("first_key")).intValue(), ((Number) m.get("last_key")).intValue(),
                ((Number) m.get("step")).intValue(), (List<String>) m.get("acl_categories"),
                (List<String>) m.get("tips"), keySpecs, subs, asMap(m.get("docs")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
