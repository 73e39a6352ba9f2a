package org.redisonmysql.commands.pubsub;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.session.ClientSession;

import java.util.ArrayList;
import java.util.List;

/**
 * SUBSCRIBE, PSUBSCRIBE and SSUBSCRIBE: one confirmation frame per name, with the running count.
 * The new names are registered in MySQL before the reply, so that a PUBLISH on another instance
 * that starts after the confirmation counts this subscriber and stores the message for it.
 */
public abstract class SubscribeCommand implements CommandHandler {
    private final Kind kind;
    private final PubSubService service;
    private final LocalSubscriptions local;

    SubscribeCommand(Kind kind, PubSubService service, LocalSubscriptions local) {
        this.kind = kind;
        this.service = service;
        this.local = local;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientSession session = ctx.session();
        service.ensureRegistered(ctx.dsl(), ctx.now());
        Subscriber s = service.subscriberFor(session);
        List<byte[]> added = new ArrayList<>();
        List<Reply> frames = new ArrayList<>(args.size() - 1);
        try {
            for (int i = 1; i < args.size(); i++) {
                byte[] name = args.get(i);
                if (local.add(s, kind, name)) {
                    added.add(name);
                }
                frames.add(Frames.confirmation(kind.subscribeVerb, name, s.replyCount(kind)));
            }
            if (!added.isEmpty()) {
                PubSubRepository.increment(ctx.dsl(), service.instanceId(), s.tenant, kind, added);
            }
        } catch (RuntimeException e) {
            // Not registered in MySQL: undo locally too (the dispatcher may retry the whole command).
            for (byte[] name : added) {
                local.remove(s, kind, name);
            }
            session.setSubscriptionCount(s.total());
            throw e;
        }
        session.setSubscriptionCount(s.total());
        return Frames.sequence(frames);
    }

    /** Autocommit: the registration is one statement (two more once, for this instance's first subscriber). */
    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    public static final class Subscribe extends SubscribeCommand {
        @Inject
        Subscribe(PubSubService service, LocalSubscriptions local) {
            super(Kind.CHANNEL, service, local);
        }
    }

    public static final class PSubscribe extends SubscribeCommand {
        @Inject
        PSubscribe(PubSubService service, LocalSubscriptions local) {
            super(Kind.PATTERN, service, local);
        }
    }

    public static final class SSubscribe extends SubscribeCommand {
        @Inject
        SSubscribe(PubSubService service, LocalSubscriptions local) {
            super(Kind.SHARD, service, local);
        }
    }
}
