package org.redisonmysql.server.commands;

import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.command.CommandSpec;
import org.redisonmysql.server.commands.client.ClientHelpCommand;
import org.redisonmysql.server.commands.client.ClientKillCommand;
import org.redisonmysql.server.commands.client.ClientListCommand;
import org.redisonmysql.server.commands.client.ClientSimpleCommands;
import org.redisonmysql.server.commands.cluster.ClusterCommands;
import org.redisonmysql.server.commands.introspection.CommandCommands;
import org.redisonmysql.server.commands.introspection.CommandGetKeys;
import org.redisonmysql.server.commands.introspection.CommandHelp;
import org.redisonmysql.server.commands.introspection.ConfigCommands;
import org.redisonmysql.server.commands.introspection.InfoCommand;
import org.redisonmysql.server.commands.introspection.TimeCommand;
import org.redisonmysql.server.commands.keyspace.DbSizeCommand;
import org.redisonmysql.server.commands.keyspace.FlushCommand;

/**
 * Server-level commands: CLIENT, COMMAND, INFO, CONFIG, TIME, DBSIZE, FLUSHDB/FLUSHALL and the
 * cluster-compatibility set (CLUSTER ..., READONLY, READWRITE, ASKING). Only DBSIZE, FLUSH* and
 * INFO's keyspace section touch the database.
 */
public final class ServerCommandsModule extends CommandModule {
    /** CLIENT SETINFO as Redis 7.2 declares it (not in 7.0's catalogue). */
    static final CommandSpec CLIENT_SETINFO = CommandSpec.builder("setinfo").subcommandOf("client").arity(4)
            .flags("noscript", "loading", "stale").aclCategories("slow", "connection")
            .docs("Sets information specific to the client or connection.", "7.2.0", "connection", "O(1)")
            .build();
    /** CLIENT NO-TOUCH as Redis 7.2 declares it. */
    static final CommandSpec CLIENT_NO_TOUCH = CommandSpec.builder("no-touch").subcommandOf("client").arity(3)
            .flags("noscript", "loading", "stale").aclCategories("slow", "connection")
            .docs("Controls whether commands sent by the client affect the LRU/LFU of accessed keys.", "7.2.0",
                    "connection", "O(1)")
            .build();

    @Override
    public String name() {
        return "server";
    }

    @Override
    protected void configure() {
        commands()
                .add("client|id", ClientSimpleCommands.Id.class)
                .add("client|getname", ClientSimpleCommands.GetName.class)
                .add("client|setname", ClientSimpleCommands.SetName.class)
                .add("client|info", ClientSimpleCommands.Info.class)
                .add("client|no-evict", ClientSimpleCommands.NoEvict.class)
                .add(CLIENT_NO_TOUCH, ClientSimpleCommands.NoTouch.class)
                .add(CLIENT_SETINFO, ClientSimpleCommands.SetInfo.class)
                .add("client|list", ClientListCommand.class)
                .add("client|kill", ClientKillCommand.class)
                .add("client|help", ClientHelpCommand.class)
                .add("command", CommandCommands.All.class)
                .add("command|count", CommandCommands.Count.class)
                .add("command|info", CommandCommands.Info.class)
                .add("command|docs", CommandCommands.Docs.class)
                .add("command|list", CommandCommands.ListNames.class)
                .add("command|getkeys", CommandGetKeys.class)
                .add("command|getkeysandflags", CommandGetKeys.WithFlags.class)
                .add("command|help", CommandHelp.class)
                .add("info", InfoCommand.class)
                .add("config|get", ConfigCommands.Get.class)
                .add("config|set", ConfigCommands.SetParams.class)
                .add("config|resetstat", ConfigCommands.ResetStat.class)
                .add("config|help", ConfigCommands.Help.class)
                .add("time", TimeCommand.class)
                .add("dbsize", DbSizeCommand.class)
                .add("flushdb", FlushCommand.class)
                .add("flushall", FlushCommand.All.class)
                .add("cluster|info", ClusterCommands.Info.class)
                .add("cluster|nodes", ClusterCommands.Nodes.class)
                .add("cluster|slots", ClusterCommands.Slots.class)
                .add("cluster|shards", ClusterCommands.Shards.class)
                .add("cluster|keyslot", ClusterCommands.KeySlotCommand.class)
                .add("cluster|myid", ClusterCommands.MyId.class)
                .add("readonly", ClusterCommands.ReadOnly.class)
                .add("readwrite", ClusterCommands.ReadWrite.class)
                .add("asking", ClusterCommands.Asking.class);
    }
}
