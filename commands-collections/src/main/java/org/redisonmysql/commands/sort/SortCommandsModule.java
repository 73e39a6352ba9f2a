package org.redisonmysql.commands.sort;

import org.redisonmysql.core.command.CommandModule;

/** SORT and SORT_RO over lists, sets and sorted sets. */
public final class SortCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "sort";
    }

    @Override
    protected void configure() {
        commands()
                .add("sort", SortCommand.class)
                .add("sort_ro", SortCommand.SortRo.class);
    }
}
