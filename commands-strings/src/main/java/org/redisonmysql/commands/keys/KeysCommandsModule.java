package org.redisonmysql.commands.keys;

import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

/** The generic key commands (Redis's "generic" group): they act on keys of any type. */
public final class KeysCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "keys";
    }

    @Override
    protected void configure() {
        KeyTypeHooks.declare(binder());
        commands()
                .add("del", DelCommand.class)
                .add("unlink", UnlinkCommand.class)
                .add("exists", ExistsCommand.class)
                .add("touch", TouchCommand.class)
                .add("type", TypeCommand.class)
                .add("keys", KeysCommand.class)
                .add("scan", ScanCommand.class)
                .add("randomkey", RandomKeyCommand.class)
                .add("expire", ExpireCommand.class)
                .add("pexpire", PExpireCommand.class)
                .add("expireat", ExpireAtCommand.class)
                .add("pexpireat", PExpireAtCommand.class)
                .add("expiretime", ExpireTimeCommand.class)
                .add("pexpiretime", PExpireTimeCommand.class)
                .add("ttl", TtlCommand.class)
                .add("pttl", PTtlCommand.class)
                .add("persist", PersistCommand.class)
                .add("rename", RenameCommand.class)
                .add("renamenx", RenameNxCommand.class)
                .add("copy", CopyCommand.class)
                .add("move", MoveCommand.class)
                .add("swapdb", SwapDbCommand.class)
                .add("object|encoding", ObjectCommands.Encoding.class)
                .add("object|refcount", ObjectCommands.RefCount.class)
                .add("object|idletime", ObjectCommands.IdleTime.class)
                .add("object|freq", ObjectCommands.Freq.class)
                .add("object|help", ObjectCommands.Help.class);
    }
}
