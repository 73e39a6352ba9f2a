package org.redisonmysql.server.scripting;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaValue;

/**
 * The globals table of a script or function library, read-only once sealed like
 * {@link ReadOnlyTable}. It has to be a luaj {@link Globals} (luaj runs its debug hook only in
 * closures whose environment is one), hence a second class with the same checks.
 */
final class ReadOnlyGlobals extends Globals {
    private boolean sealed;

    /** Refuses writes from now on (set the metatable first). */
    ReadOnlyGlobals seal() {
        sealed = true;
        return this;
    }

    @Override
    public void set(LuaValue key, LuaValue value) {
        if (sealed) {
            throw new ReadOnlyTableError(true);
        }
        super.set(key, value);
    }

    @Override
    public void set(int key, LuaValue value) {
        if (sealed) {
            throw new ReadOnlyTableError(true);
        }
        super.set(key, value);
    }

    @Override
    public void rawset(LuaValue key, LuaValue value) {
        if (sealed) {
            throw new ReadOnlyTableError(false);
        }
        super.rawset(key, value);
    }

    @Override
    public void rawset(int key, LuaValue value) {
        if (sealed) {
            throw new ReadOnlyTableError(false);
        }
        super.rawset(key, value);
    }

    @Override
    public void hashset(LuaValue key, LuaValue value) {
        if (sealed) {
            throw new ReadOnlyTableError(false);
        }
        super.hashset(key, value);
    }

    @Override
    public LuaValue setmetatable(LuaValue metatable) {
        if (sealed) {
            throw new ReadOnlyTableError(false);
        }
        return super.setmetatable(metatable);
    }

    @Override
    public void sort(LuaValue comparator) {
        if (sealed && length() > 1) {
            throw new ReadOnlyTableError(false);
        }
        super.sort(comparator);
    }
}
