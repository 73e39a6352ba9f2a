package org.redisonmysql.server.commands.transactions;

import org.redisonmysql.core.command.CommandModule;

/** MULTI, EXEC, DISCARD, WATCH, UNWATCH: Redis transactions as MySQL transactions. */
public final class TransactionCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "transactions";
    }

    @Override
    protected void configure() {
        commands()
                .add("multi", MultiCommand.class)
                .add("exec", ExecCommand.class)
                .add("discard", DiscardCommand.class)
                .add("watch", WatchCommand.class)
                .add("unwatch", UnwatchCommand.class);
    }
}
