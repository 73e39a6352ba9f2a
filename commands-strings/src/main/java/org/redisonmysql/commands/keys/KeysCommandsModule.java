package org.redisonmysql.commands.keys;

import org.redisonmysql.core.command.CommandModule;

/** The generic key commands (Redis's "generic" group): they act on keys of any type. */
public final class KeysCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "keys";
    }

    @Override
    protected void configure() {
        commands()
                .add("del", DelCommand.class)
                .add("exists", ExistsCommand.class)
                .add("keys", KeysCommand.class);
    }
}
