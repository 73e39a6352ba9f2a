package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.keyspace.KeyspaceRepository;

/** RENAME key newkey. */
public final class RenameCommand extends RenameGeneric {
    @Inject
    public RenameCommand(KeyspaceRepository keyspace) {
        super(keyspace, false);
    }
}
