package org.redisonmysql.commands.set;

import org.redisonmysql.core.command.CommandModule;
import org.redisonmysql.core.keyspace.KeyTypeHooks;

/** Sets: members in redis_set_member, one row each, under a redis_key row of type 3. */
public final class SetCommandsModule extends CommandModule {
    @Override
    public String name() {
        return "set";
    }

    @Override
    protected void configure() {
        KeyTypeHooks.register(binder(), SetKeyHooks.class);
        bind(SetRepository.class).asEagerSingleton();
        commands()
                .add("sadd", SetWriteCommands.SAdd.class)
                .add("srem", SetWriteCommands.SRem.class)
                .add("smove", SetWriteCommands.SMove.class)
                .add("spop", SetRandomCommands.SPop.class)
                .add("srandmember", SetRandomCommands.SRandMember.class)
                .add("smembers", SetReadCommands.SMembers.class)
                .add("sismember", SetReadCommands.SIsMember.class)
                .add("smismember", SetReadCommands.SMIsMember.class)
                .add("scard", SetReadCommands.SCard.class)
                .add("sinter", SetAlgebraCommands.SInter.class)
                .add("sintercard", SetAlgebraCommands.SInterCard.class)
                .add("sunion", SetAlgebraCommands.SUnion.class)
                .add("sdiff", SetAlgebraCommands.SDiff.class)
                .add("sinterstore", SetAlgebraCommands.SInterStore.class)
                .add("sunionstore", SetAlgebraCommands.SUnionStore.class)
                .add("sdiffstore", SetAlgebraCommands.SDiffStore.class)
                .add("sscan", SScanCommand.class);
    }
}
