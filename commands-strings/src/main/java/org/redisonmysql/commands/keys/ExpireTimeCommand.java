package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** EXPIRETIME key. */
public final class ExpireTimeCommand extends TtlGeneric {
    @Inject
    public ExpireTimeCommand(KeyspaceRepository keyspace) {
        super(keyspace, false, true);
    }
}
