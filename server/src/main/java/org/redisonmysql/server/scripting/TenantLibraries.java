package org.redisonmysql.server.scripting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant's libraries as of one committed version of redis_function_version, loaded in one
 * thread's Lua sandbox. Immutable: a change builds a new one ({@link #with}, {@link #without}).
 */
public final class TenantLibraries {
    private final long version;
    private final Map<String, FunctionLibrary> libraries;
    private final Map<String, FunctionDef> functions = new HashMap<>();

    TenantLibraries(long version, Collection<FunctionLibrary> libraries) {
        this.version = version;
        this.libraries = new TreeMap<>();
        for (FunctionLibrary lib : libraries) {
            this.libraries.put(lib.name(), lib);
            for (FunctionDef f : lib.functions().values()) {
                functions.put(key(f.name()), f);
            }
        }
    }

    public long version() {
        return version;
    }

    public Map<String, FunctionLibrary> libraries() {
        return libraries;
    }

    /** FCALL's lookup: function names compare without case across a tenant's libraries, as in Redis. */
    public FunctionDef function(String name) {
        return functions.get(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    public FunctionLibrary library(String name) {
        return libraries.get(name);
    }

    public int functionCount() {
        return functions.size();
    }

    /** The function of {@code lib} that another library already registers, or null (Redis's collision check). */
    public String collision(FunctionLibrary lib) {
        for (String f : lib.functions().keySet()) {
            if (functions.containsKey(key(f))) {
                return f;
            }
        }
        return null;
    }

    /** No libraries (the start of a FUNCTION RESTORE payload's own checks). */
    public static TenantLibraries empty() {
        return new TenantLibraries(0, java.util.List.of());
    }

    /** These libraries without {@code name}. */
    public TenantLibraries minus(String name) {
        Map<String, FunctionLibrary> rest = new TreeMap<>(libraries);
        rest.remove(name);
        return new TenantLibraries(version, rest.values());
    }

    /** These libraries with {@code lib} added (or replacing one of its name). */
    public TenantLibraries plus(FunctionLibrary lib) {
        Map<String, FunctionLibrary> all = new TreeMap<>(libraries);
        all.put(lib.name(), lib);
        return new TenantLibraries(version, all.values());
    }
}
