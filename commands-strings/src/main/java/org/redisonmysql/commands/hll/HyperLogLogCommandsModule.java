package org.redisonmysql.commands.hll;

import org.redisonmysql.core.command.CommandModule;

/** HyperLogLog: PFADD, PFCOUNT, PFMERGE over string values in Redis's own HLL format. */
public final class HyperLogLogCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "hyperloglog";
    }

    @Override
    protected void configure() {
        commands()
                .add("pfadd", PfaddCommand.class)
                .add("pfcount", PfcountCommand.class)
                .add("pfmerge", PfmergeCommand.class);
    }
}
