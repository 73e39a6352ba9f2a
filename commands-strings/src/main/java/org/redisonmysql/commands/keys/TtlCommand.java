package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** TTL key. */
public final class TtlCommand extends TtlGeneric {
    @Inject
    public TtlCommand(KeyspaceRepository keyspace) {
        super(keyspace, false, false);
    }
}
