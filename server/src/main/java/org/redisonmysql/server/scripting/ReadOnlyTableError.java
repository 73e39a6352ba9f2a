package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaError;

/**
 * Redis 7's "Attempt to modify a readonly table". Redis raises it from inside its Lua VM
 * (luaG_runerror), so the message names the script line only when a Lua instruction wrote the
 * table ({@code string.x = 1}); when a C function did ({@code rawset}, {@code setmetatable},
 * {@code table.insert}) there is no position. luaj adds a position to every error, so the
 * unpositioned kind is marked for the places that build messages to drop it.
 */
final class ReadOnlyTableError extends LuaError {
    static final String MESSAGE = "Attempt to modify a readonly table";

    /** Whether Lua 5.1 would prefix the message with "user_script:N: ". */
    final boolean positioned;

    ReadOnlyTableError(boolean positioned) {
        super(MESSAGE);
        this.positioned = positioned;
    }

    /** The message as Lua sees it, for an error without a position; null otherwise. */
    static String unpositionedMessage(LuaError e) {
        return e instanceof ReadOnlyTableError r && !r.positioned ? MESSAGE : null;
    }
}
