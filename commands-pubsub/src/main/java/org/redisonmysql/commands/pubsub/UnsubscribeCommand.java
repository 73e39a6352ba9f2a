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
 * UNSUBSCRIBE, PUNSUBSCRIBE and SUNSUBSCRIBE: one frame per name (named or, with no argument,
 * every current one); with nothing to leave, Redis's single frame with a null name and count 0.
 */
public abstract class UnsubscribeCommand implements CommandHandler {
    private final Kind kind;
    private final PubSubService service;
    private final LocalSubscriptions local;

    UnsubscribeCommand(Kind kind, PubSubService service, LocalSubscriptions local) {
        this.kind = kind;
        this.service = service;
        this.local = local;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        ClientSession session = ctx.session();
        Subscriber s = local.existing(session);
        List<byte[]> names = new ArrayList<>();
        if (args.size() > 1) {
            names.addAll(args.from(1));
        } else if (s != null) {
            for (Bytes b : s.snapshot(kind)) {
                names.add(b.value());
            }
        }
        if (names.isEmpty()) {
            return Frames.confirmation(kind.unsubscribeVerb, null, s == null ? 0 : s.replyCount(kind));
        }
        List<byte[]> removed = new ArrayList<>();
        List<Reply> frames = new ArrayList<>(names.size());
        for (byte[] name : names) {
            if (s != null && local.remove(s, kind, name)) {
                removed.add(name);
            }
            frames.add(Frames.confirmation(kind.unsubscribeVerb, name, s == null ? 0 : s.replyCount(kind)));
        }
        if (s != null) {
            session.setSubscriptionCount(s.total());
        }
        if (!removed.isEmpty()) {
            service.release(ctx.dsl(), s.tenant, kind, removed);
        }
        return Frames.sequence(frames);
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }

    public static final class Unsubscribe extends UnsubscribeCommand {
        @Inject
        Unsubscribe(PubSubService service, LocalSubscriptions local) {
            super(Kind.CHANNEL, service, local);
        }
    }

    public static final class PUnsubscribe extends UnsubscribeCommand {
        @Inject
        PUnsubscribe(PubSubService service, LocalSubscriptions local) {
            super(Kind.PATTERN, service, local);
        }
    }

    public static final class SUnsubscribe extends UnsubscribeCommand {
        @Inject
        SUnsubscribe(PubSubService service, LocalSubscriptions local) {
            super(Kind.SHARD, service, local);
        }
    }
}
