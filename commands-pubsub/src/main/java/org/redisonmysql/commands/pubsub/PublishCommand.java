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
import java.util.List;

/**
 * PUBLISH and SPUBLISH. Same-instance subscribers get the message at once; the message is stored
 * for the others only when some other live instance has a matching subscriber (the same query
 * gives the count). A publisher subscribed to the channel itself (RESP3) gets its frame before
 * the count, as Redis writes it.
 */
public abstract class PublishCommand implements CommandHandler {
    private final Kind kind;
    private final PubSubService service;
    private final LocalSubscriptions local;

    PublishCommand(Kind kind, PubSubService service, LocalSubscriptions local) {
        this.kind = kind;
        this.service = service;
        this.local = local;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        String tenant = ctx.session().tenant();
        byte[] channel = args.get(1);
        byte[] payload = args.get(2);
        List<Reply> own = new ArrayList<>(1);
        long receivers = local.deliver(tenant, kind, channel, payload, ctx.session(), own);
        long remote = 0;
        for (var r : PubSubRepository.receivers(ctx.dsl(), service.instanceId(), tenant, kind, channel,
                service.aliveSince(ctx.now()))) {
            if (r.value1() == Kind.PATTERN.code && !GlobPattern.matches(r.value2(), channel, false)) {
                continue;
            }
            remote += r.value3();
        }
        if (remote > 0) {
            PubSubRepository.insertMessage(ctx.dsl(), service.instanceId(), tenant, kind, channel, payload, ctx.now());
        }
        Reply count = Replies.integer(receivers + remote);
        if (own.isEmpty()) {
            return count;
        }
        own.add(count);
        return Frames.sequence(own);
    }

    /** Autocommit: the count and the insert need no common snapshot (each is atomic on its own). */
    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    public static final class Publish extends PublishCommand {
        @Inject
        Publish(PubSubService service, LocalSubscriptions local) {
            super(Kind.CHANNEL, service, local);
        }
    }

    public static final class SPublish extends PublishCommand {
        @Inject
        SPublish(PubSubService service, LocalSubscriptions local) {
            super(Kind.SHARD, service, local);
        }
    }
}
