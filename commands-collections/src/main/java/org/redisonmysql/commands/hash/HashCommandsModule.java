package org.redisonmysql.commands.hash;

import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

/** Hashes: fields in redis_hash_field, one row each, under a redis_key row of type 1. */
public final class HashCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "hash";
    }

    @Override
    protected void configure() {
        KeyTypeHooks.register(binder(), HashKeyHooks.class);
        bind(HashRepository.class).asEagerSingleton();
        commands()
                .add("hset", HashWriteCommands.HSet.class)
                .add("hmset", HashWriteCommands.HMSet.class)
                .add("hsetnx", HashWriteCommands.HSetNx.class)
                .add("hdel", HashWriteCommands.HDel.class)
                .add("hincrby", HashWriteCommands.HIncrBy.class)
                .add("hincrbyfloat", HashWriteCommands.HIncrByFloat.class)
                .add("hget", HashReadCommands.HGet.class)
                .add("hmget", HashReadCommands.HMGet.class)
                .add("hexists", HashReadCommands.HExists.class)
                .add("hstrlen", HashReadCommands.HStrLen.class)
                .add("hlen", HashReadCommands.HLen.class)
                .add("hgetall", HashReadCommands.HGetAll.class)
                .add("hkeys", HashReadCommands.HKeys.class)
                .add("hvals", HashReadCommands.HVals.class)
                .add("hrandfield", HRandFieldCommand.class)
                .add("hscan", HScanCommand.class);
    }
}
