package org.redisonmysql.server.scripting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A loaded library: its name, its code (the whole FUNCTION LOAD payload) and its functions in registration order. */
public record FunctionLibrary(String name, byte[] code, Map<String, FunctionDef> functions) {
    public FunctionLibrary {
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }
}
