package org.redisonmysql.commands.strings;

import org.redisonmysql.core.command.CommandModule;

/** Strings (and, as in Redis, bitmaps and HyperLogLog, which are strings). */
public final class StringsCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "strings";
    }

    @Override
    protected void configure() {
        commands()
                .add("get", GetCommand.class)
                .add("set", SetCommand.class);
    }
}
