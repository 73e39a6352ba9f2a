package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** EXPIREAT key time [NX | XX | GT | LT]. */
public final class ExpireAtCommand extends ExpireGeneric {
    @Inject
    public ExpireAtCommand(KeyspaceRepository keyspace) {
        super(keyspace, "expireat", true, false);
    }
}
