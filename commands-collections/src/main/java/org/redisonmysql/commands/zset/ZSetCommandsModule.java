package org.redisonmysql.commands.zset;

import com.google.inject.Scopes;
import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

/** Sorted sets. */
public final class ZSetCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "zset";
    }

    @Override
    protected void configure() {
        KeyTypeHooks.register(binder(), ZSetKeyHooks.class);
        bind(ZSetRepository.class).in(Scopes.SINGLETON);
        commands()
                .add("zadd", ZAddCommand.class)
                .add("zincrby", ZAddCommand.ZIncrBy.class)
                .add("zrem", ZWriteCommands.ZRem.class)
                .add("zcard", ZReadCommands.ZCard.class)
                .add("zscore", ZReadCommands.ZScore.class)
                .add("zmscore", ZReadCommands.ZMScore.class)
                .add("zrank", ZReadCommands.ZRank.class)
                .add("zrevrank", ZReadCommands.ZRevRank.class)
                .add("zcount", ZReadCommands.ZCount.class)
                .add("zlexcount", ZReadCommands.ZLexCount.class)
                .add("zrange", ZRangeCommand.class)
                .add("zrangestore", ZRangeCommand.ZRangeStore.class)
                .add("zrevrange", ZRangeCommand.ZRevRange.class)
                .add("zrangebyscore", ZRangeCommand.ZRangeByScore.class)
                .add("zrevrangebyscore", ZRangeCommand.ZRevRangeByScore.class)
                .add("zrangebylex", ZRangeCommand.ZRangeByLex.class)
                .add("zrevrangebylex", ZRangeCommand.ZRevRangeByLex.class)
                .add("zpopmin", ZWriteCommands.ZPopMin.class)
                .add("zpopmax", ZWriteCommands.ZPopMax.class)
                .add("zremrangebyrank", ZWriteCommands.ZRemRangeByRank.class)
                .add("zremrangebyscore", ZWriteCommands.ZRemRangeByScore.class)
                .add("zremrangebylex", ZWriteCommands.ZRemRangeByLex.class)
                .add("zrandmember", ZRandMemberCommand.class)
                .add("zunion", ZSetOpCommand.ZUnion.class)
                .add("zinter", ZSetOpCommand.ZInter.class)
                .add("zdiff", ZSetOpCommand.ZDiff.class)
                .add("zunionstore", ZSetOpCommand.ZUnionStore.class)
                .add("zinterstore", ZSetOpCommand.ZInterStore.class)
                .add("zdiffstore", ZSetOpCommand.ZDiffStore.class)
                .add("zintercard", ZSetOpCommand.ZInterCard.class)
                .add("zmpop", ZMPopCommand.class)
                .add("zscan", ZScanCommand.class)
                .add("bzpopmin", BZPopCommands.BZPopMin.class)
                .add("bzpopmax", BZPopCommands.BZPopMax.class)
                .add("bzmpop", BZPopCommands.BZMPop.class);
    }
}
