package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** PEXPIRETIME key. */
public final class PExpireTimeCommand extends TtlGeneric {
    @Inject
    public PExpireTimeCommand(KeyspaceRepository keyspace) {
        super(keyspace, true, true);
    }
}
