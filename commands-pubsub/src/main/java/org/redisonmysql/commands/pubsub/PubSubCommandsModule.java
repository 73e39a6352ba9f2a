package org.redisonmysql.commands.pubsub;

import org.redisonmysql.core.session.SubscriptionReset;

/** Pub/Sub: channels, patterns and shard channels, across every instance sharing the database. */
public final class PubSubCommandsModule extends org.redisonmysql.core.command.CommandModule {
    @Override
    public String name() {
        return "pubsub";
    }

    @Override
    protected void configure() {
        bind(SubscriptionReset.class).to(PubSubService.class);
        commands()
                .add("subscribe", SubscribeCommand.Subscribe.class)
                .add("psubscribe", SubscribeCommand.PSubscribe.class)
                .add("ssubscribe", SubscribeCommand.SSubscribe.class)
                .add("unsubscribe", UnsubscribeCommand.Unsubscribe.class)
                .add("punsubscribe", UnsubscribeCommand.PUnsubscribe.class)
                .add("sunsubscribe", UnsubscribeCommand.SUnsubscribe.class)
                .add("publish", PublishCommand.Publish.class)
                .add("spublish", PublishCommand.SPublish.class)
                .add("pubsub|channels", PubsubIntrospection.Channels.class)
                .add("pubsub|numsub", PubsubIntrospection.Numsub.class)
                .add("pubsub|numpat", PubsubIntrospection.Numpat.class)
                .add("pubsub|shardchannels", PubsubIntrospection.ShardChannels.class)
                .add("pubsub|shardnumsub", PubsubIntrospection.ShardNumsub.class);
    }
}
