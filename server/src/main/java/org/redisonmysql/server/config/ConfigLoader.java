package org.redisonmysql.server.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults, then the YAML file named by {@code REDIS_MYSQL_CONFIG}, then {@code REDIS_MYSQL_*}
 * environment variables. Unknown keys or variables, bad values and unreadable files stop startup
 * with a message that names the setting.
 */
public final class ConfigLoader {
    public static final String CONFIG_ENV = "REDIS_MYSQL_CONFIG";
    private static final String ENV_PREFIX = "REDIS_MYSQL_";

    private ConfigLoader() {
    }

    public static ServerConfig fromEnvironment() {
        return load(System.getenv());
    }

    public static ServerConfig load(Map<String, String> env) {
        Map<ConfigKey, String> raw = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, String> origin = new EnumMap<>(ConfigKey.class);
        String file = env.get(CONFIG_ENV);
        if (file != null && !file.isBlank()) {
            for (Map.Entry<ConfigKey, String> e : readYaml(Path.of(file)).entrySet()) {
                raw.put(e.getKey(), e.getValue());
                origin.put(e.getKey(), "YAML key '" + e.getKey().yamlPath() + "' in " + file);
            }
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(ENV_PREFIX) || name.equals(CONFIG_ENV)) {
                continue;
            }
            ConfigKey key = ConfigKey.byEnv(name);
            if (key == null) {
                throw new ConfigException("unknown environment variable " + name
                        + " (see the configuration reference in README.md)");
            }
            raw.put(key, e.getValue());
            origin.put(key, "environment variable " + name);
        }
        Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            String text = raw.containsKey(key) ? raw.get(key) : key.defaultValue();
            if (text == null) {
                continue;
            }
            try {
                values.put(key, key.type().parse(text));
            } catch (IllegalArgumentException ex) {
                String where = origin.getOrDefault(key, "default of " + key.yamlPath());
                throw new ConfigException(where + ": '" + text + "' " + ex.getMessage());
            }
        }
        return new ServerConfig(values, raw.keySet());
    }

    static Map<ConfigKey, String> readYaml(Path path) {
        Object root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + CONFIG_ENV + " file " + path + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ConfigException("cannot parse YAML file " + path + ": " + e.getMessage());
        }
        Map<ConfigKey, String> out = new LinkedHashMap<>();
        if (root == null) {
            return out;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigException("YAML file " + path + " must hold a mapping of settings");
        }
        flatten("", map, out, path);
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<ConfigKey, String> out, Path file) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String path = prefix + e.getKey();
            Object value = e.getValue();
            if (value instanceof Map<?, ?> nested) {
                if (isSection(path)) {
                    flatten(path + ".", nested, out, file);
                    continue;
                }
                throw new ConfigException("unknown YAML section '" + path + "' in " + file);
            }
            ConfigKey key = ConfigKey.byYamlPath(path);
            if (key == null) {
                throw new ConfigException("unknown YAML key '" + path + "' in " + file
                        + " (see the configuration reference in README.md)");
            }
            if (value == null) {
                throw new ConfigException("YAML key '" + path + "' in " + file + " has no value");
            }
            if (value instanceof Double || value instanceof Float) {
                throw new ConfigException("YAML key '" + path + "' in " + file + ": '" + value
                        + "' must be a whole number without a unit (the unit is in the setting's name)");
            }
            out.put(key, String.valueOf(value));
        }
    }

    private static boolean isSection(String path) {
        String prefix = path + ".";
        for (ConfigKey k : ConfigKey.values()) {
            if (k.yamlPath().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
