package org.redisonmysql.commands.list;

import org.redisonmysql.core.keyspace.KeyTypeHooks;

/** Lists: items in redis_list_item, ordered by a sparse position, under a redis_key row of type 2. */
public final class ListCommandsModule extends org.redisonmysql.core.command.CommandModule {
    @Override
    public String name() {
        return "list";
    }

    @Override
    protected void configure() {
        KeyTypeHooks.register(binder(), ListKeyHooks.class);
        bind(ListRepository.class).asEagerSingleton();
        commands()
                .add("lpush", ListWriteCommands.LPush.class)
                .add("rpush", ListWriteCommands.RPush.class)
                .add("lpushx", ListWriteCommands.LPushX.class)
                .add("rpushx", ListWriteCommands.RPushX.class)
                .add("lpop", ListWriteCommands.LPop.class)
                .add("rpop", ListWriteCommands.RPop.class)
                .add("lset", ListWriteCommands.LSet.class)
                .add("linsert", ListWriteCommands.LInsert.class)
                .add("lrem", ListWriteCommands.LRem.class)
                .add("ltrim", ListWriteCommands.LTrim.class)
                .add("llen", ListReadCommands.LLen.class)
                .add("lrange", ListReadCommands.LRange.class)
                .add("lindex", ListReadCommands.LIndex.class)
                .add("lpos", ListReadCommands.LPos.class)
                .add("rpoplpush", ListMoveCommands.RPopLPush.class)
                .add("lmove", ListMoveCommands.LMove.class)
                .add("lmpop", ListMoveCommands.LMPop.class)
                .add("blpop", ListMoveCommands.BLPop.class)
                .add("brpop", ListMoveCommands.BRPop.class)
                .add("brpoplpush", ListMoveCommands.BRPopLPush.class)
                .add("blmove", ListMoveCommands.BLMove.class)
                .add("blmpop", ListMoveCommands.BLMPop.class);
    }
}
