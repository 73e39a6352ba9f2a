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
                .add("set", SetCommand.class)
                .add("setnx", SetnxCommand.class)
                .add("setex", SetexCommand.class)
                .add("psetex", PsetexCommand.class)
                .add("getset", GetsetCommand.class)
                .add("getdel", GetdelCommand.class)
                .add("getex", GetexCommand.class)
                .add("mget", MgetCommand.class)
                .add("mset", MsetCommand.class)
                .add("msetnx", MsetnxCommand.class)
                .add("append", AppendCommand.class)
                .add("strlen", StrlenCommand.class)
                .add("getrange", GetrangeCommand.class)
                .add("substr", GetrangeCommand.class)
                .add("setrange", SetrangeCommand.class)
                .add("incr", IncrCommand.class)
                .add("decr", DecrCommand.class)
                .add("incrby", IncrbyCommand.class)
                .add("decrby", DecrbyCommand.class)
                .add("incrbyfloat", IncrbyfloatCommand.class)
                .add("lcs", LcsCommand.class);
    }
}
