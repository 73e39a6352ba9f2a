package org.redisonmysql.commands.pubsub;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.GlobPattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PUBSUB CHANNELS | NUMSUB | NUMPAT | SHARDCHANNELS | SHARDNUMSUB over every live instance of the
 * tenant: this instance's part from memory (exact at once), the others' from MySQL.
 */
final class PubsubIntrospection {
    private PubsubIntrospection() {
    }

    abstract static class Base implements CommandHandler {
        final PubSubService service;
        final LocalSubscriptions local;

        Base(PubSubService service, LocalSubscriptions local) {
            this.service = service;
            this.local = local;
        }

        /** Names of the tenant active on any live instance, without repeats. */
        Set<Bytes> allNames(CommandContext ctx, Kind kind) {
            Set<Bytes> out = new LinkedHashSet<>();
            for (byte[] n : local.names(ctx.session().tenant(), kind)) {
                out.add(new Bytes(n));
            }
            for (byte[] n : PubSubRepository.names(ctx.dsl(), service.instanceId(), ctx.session().tenant(), kind,
                    service.aliveSince(ctx.now()))) {
                out.add(new Bytes(n));
            }
            return out;
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** CHANNELS [pattern] and SHARDCHANNELS [pattern]. */
    abstract static class ChannelsBase extends Base {
        private final Kind kind;

        ChannelsBase(Kind kind, PubSubService service, LocalSubscriptions local) {
            super(service, local);
            this.kind = kind;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            byte[] pattern = args.size() > 2 ? args.get(2) : null;
            List<byte[]> out = new ArrayList<>();
            for (Bytes b : allNames(ctx, kind)) {
                if (pattern == null || GlobPattern.matches(pattern, b.value(), false)) {
                    out.add(b.value());
                }
            }
            return Replies.bulks(out);
        }
    }

    public static final class Channels extends ChannelsBase {
        @Inject
        Channels(PubSubService service, LocalSubscriptions local) {
            super(Kind.CHANNEL, service, local);
        }
    }

    public static final class ShardChannels extends ChannelsBase {
        @Inject
        ShardChannels(PubSubService service, LocalSubscriptions local) {
            super(Kind.SHARD, service, local);
        }
    }

    /** NUMSUB and SHARDNUMSUB: a flat array of channel, count pairs, in the order asked. */
    abstract static class NumsubBase extends Base {
        private final Kind kind;

        NumsubBase(Kind kind, PubSubService service, LocalSubscriptions local) {
            super(service, local);
            this.kind = kind;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<byte[]> channels = args.from(2);
            String tenant = ctx.session().tenant();
            Map<Bytes, Long> remote = channels.isEmpty() ? Map.of()
                    : PubSubRepository.numsub(ctx.dsl(), service.instanceId(), tenant, kind, channels,
                            service.aliveSince(ctx.now()));
            List<Reply> out = new ArrayList<>(channels.size() * 2);
            for (byte[] c : channels) {
                out.add(Replies.bulk(c));
                out.add(Replies.integer(local.count(tenant, kind, c) + remote.getOrDefault(new Bytes(org.redisonmysql.core.keyspace.KeyHash.of(c)), 0L)));
            }
            return Replies.array(out);
        }
    }

    public static final class Numsub extends NumsubBase {
        @Inject
        Numsub(PubSubService service, LocalSubscriptions local) {
            super(Kind.CHANNEL, service, local);
        }
    }

    public static final class ShardNumsub extends NumsubBase {
        @Inject
        ShardNumsub(PubSubService service, LocalSubscriptions local) {
            super(Kind.SHARD, service, local);
        }
    }

    /** NUMPAT: distinct patterns of the tenant across instances (Redis counts patterns, not subscribers). */
    public static final class Numpat extends Base {
        @Inject
        Numpat(PubSubService service, LocalSubscriptions local) {
            super(service, local);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.integer(allNames(ctx, Kind.PATTERN).size());
        }
    }
}
