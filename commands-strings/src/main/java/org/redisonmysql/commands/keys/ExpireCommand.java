package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** EXPIRE key time [NX | XX | GT | LT]. */
public final class ExpireCommand extends ExpireGeneric {
    @Inject
    public ExpireCommand(KeyspaceRepository keyspace) {
        super(keyspace, "expire", true, true);
    }
}
