package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** PEXPIREAT key time [NX | XX | GT | LT]. */
public final class PExpireAtCommand extends ExpireGeneric {
    @Inject
    public PExpireAtCommand(KeyspaceRepository keyspace) {
        super(keyspace, "pexpireat", false, false);
    }
}
