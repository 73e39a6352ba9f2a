package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** RENAMENX key newkey. */
public final class RenameNxCommand extends RenameGeneric {
    @Inject
    public RenameNxCommand(KeyspaceRepository keyspace) {
        super(keyspace, true);
    }
}
