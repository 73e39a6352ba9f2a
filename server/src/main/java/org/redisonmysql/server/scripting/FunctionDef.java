package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaValue;

/** One function registered by a library: its name, Lua callback (bound to one thread's sandbox), description and flags. */
public record FunctionDef(String name, LuaValue callback, String description, int flags, String library) {
    public boolean noWrites() {
        return (flags & FunctionFlags.NO_WRITES) != 0;
    }
}
