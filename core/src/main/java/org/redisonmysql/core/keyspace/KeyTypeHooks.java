package org.redisonmysql.core.keyspace;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;
import org.jooq.DSLContext;

/**
 * What the generic key commands need from a collection family for its type: COPY must duplicate
 * the child rows, OBJECT ENCODING must answer what Redis would for the value's size. Strings need
 * no hooks (their value is in the key row). A family registers its hooks in its module with
 * {@code KeyTypeHooks.register(binder(), HashKeyHooks.class)}; RENAME, MOVE and SWAPDB need none,
 * since they update the key row in place and child rows follow its id.
 */
public interface KeyTypeHooks {
    /** The type these hooks serve. */
    KeyType type();

    /**
     * Copies the child rows of key row {@code sourceId} to the new key row {@code targetId}, inside
     * the COPY command's transaction ({@code dsl}).
     */
    void copyChildren(DSLContext dsl, long sourceId, long targetId);

    /** Redis's OBJECT ENCODING answer for the value of key row {@code id} (listpack, hashtable, ...). */
    String encoding(DSLContext dsl, long id);

    /** Registers hooks for one type; at most one per type. */
    static void register(Binder binder, Class<? extends KeyTypeHooks> hooks) {
        Multibinder.newSetBinder(binder, KeyTypeHooks.class).addBinding().to(hooks);
    }

    /** Declares the (possibly empty) set of hooks, so that it can be injected with no family present. */
    static void declare(Binder binder) {
        Multibinder.newSetBinder(binder, KeyTypeHooks.class);
    }
}
