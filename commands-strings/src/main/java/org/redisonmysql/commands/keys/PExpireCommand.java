package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** PEXPIRE key time [NX | XX | GT | LT]. */
public final class PExpireCommand extends ExpireGeneric {
    @Inject
    public PExpireCommand(KeyspaceRepository keyspace) {
        super(keyspace, "pexpire", false, true);
    }
}
