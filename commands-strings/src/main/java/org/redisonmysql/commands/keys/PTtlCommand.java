package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** PTTL key. */
public final class PTtlCommand extends TtlGeneric {
    @Inject
    public PTtlCommand(KeyspaceRepository keyspace) {
        super(keyspace, true, false);
    }
}
