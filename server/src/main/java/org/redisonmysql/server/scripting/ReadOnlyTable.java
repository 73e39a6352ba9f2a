package org.redisonmysql.server.scripting;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A table that refuses every write once sealed, as Redis 7 makes the library tables (string,
 * math, table, coroutine, bit, cjson, struct, cmsgpack, redis), the globals and their metatables
 * read-only. Writes through Lua's assignment ({@link #set}) fail with the script position; raw
 * writes by library functions ({@code rawset}, {@code table.insert}, {@code setmetatable}) fail
 * without it, as in Redis.
 */
class ReadOnlyTable extends LuaTable {
    private boolean sealed;

    /** Refuses writes from now on. */
    final ReadOnlyTable seal() {
        sealed = true;
        return this;
    }

    /**
     * A sealed copy of {@code table}, with every table reachable from it (values and metatables)
     * copied and sealed too, as Redis's luaSetTableProtectionRecursively protects them.
     */
    static ReadOnlyTable copyOf(LuaTable table) {
        return copyOf(table, new IdentityHashMap<>());
    }

    private static ReadOnlyTable copyOf(LuaTable table, Map<LuaTable, ReadOnlyTable> done) {
        if (table instanceof ReadOnlyTable r && r.sealed) {
            return r;
        }
        ReadOnlyTable existing = done.get(table);
        if (existing != null) {
            return existing;
        }
        ReadOnlyTable copy = new ReadOnlyTable();
        done.put(table, copy);
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = table.next(k);
            k = n.arg1();
            if (k.isnil()) {
                break;
            }
            LuaValue v = n.arg(2);
            copy.rawset(k, v instanceof LuaTable t ? copyOf(t, done) : v);
        }
        LuaValue meta = table.getmetatable();
        if (meta instanceof LuaTable m) {
            copy.setmetatable(copyOf(m, done));
        }
        return copy.seal();
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
