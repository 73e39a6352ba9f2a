package org.redisonmysql.server.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The loaded configuration: typed values for every {@link ConfigKey}. Immutable. */
public final class ServerConfig {
    private final Map<ConfigKey, Object> values;
    private final Set<ConfigKey> explicit;

    ServerConfig(Map<ConfigKey, Object> values, Set<ConfigKey> explicit) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        this.explicit = explicit.isEmpty() ? EnumSet.noneOf(ConfigKey.class) : EnumSet.copyOf(explicit);
    }

    public static ServerConfig defaults() {
        return ConfigLoader.load(Map.of());
    }

    /** A copy with some values replaced (tests, embedded-mode adjustments). */
    public ServerConfig with(ConfigKey key, String text) {
        Map<ConfigKey, Object> copy = new EnumMap<>(ConfigKey.class);
        copy.putAll(values);
        copy.put(key, key.type().parse(text));
        Set<ConfigKey> ex = EnumSet.noneOf(ConfigKey.class);
        ex.addAll(explicit);
        ex.add(key);
        return new ServerConfig(copy, ex);
    }

    /** True when the value came from the YAML file or the environment, not from the default. */
    public boolean isSet(ConfigKey key) {
        return explicit.contains(key);
    }

    public boolean has(ConfigKey key) {
        return values.containsKey(key);
    }

    public int getInt(ConfigKey key) {
        return (Integer) require(key);
    }

    public boolean getBoolean(ConfigKey key) {
        return (Boolean) require(key);
    }

    public String getString(ConfigKey key) {
        return (String) require(key);
    }

    public HostPort getAddress(ConfigKey key) {
        return (HostPort) require(key);
    }

    public Pattern getPattern(ConfigKey key) {
        return (Pattern) require(key);
    }

    /** The value, or null when the setting has no default and was not set. */
    public Object getOrNull(ConfigKey key) {
        return values.get(key);
    }

    /** True when no MySQL address is configured: start the embedded MariaDB. */
    public boolean embedded() {
        return !values.containsKey(ConfigKey.MYSQL_ADDR);
    }

    private Object require(ConfigKey key) {
        Object v = values.get(key);
        if (v == null) {
            throw new ConfigException("missing required setting " + key.yamlPath() + " / " + key.env());
        }
        return v;
    }
}
