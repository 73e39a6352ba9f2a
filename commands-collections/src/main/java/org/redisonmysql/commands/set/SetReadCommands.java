package org.redisonmysql.commands.set;

import com.google.inject.Inject;
import org.jooq.Record;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.redisonmysql.db.Tables.REDIS_SET_MEMBER;

/** The set reads: one statement each, run in autocommit. */
public final class SetReadCommands {
    private SetReadCommands() {
    }

    abstract static class Read implements CommandHandler {
        final SetRepository sets;

        Read(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** SMEMBERS key: a set reply (RESP3 {@code ~}). */
    public static final class SMembers extends Read {
        @Inject
        public SMembers(SetRepository sets) {
            super(sets);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Record> rows = sets.all(ctx.scope(), args.get(1));
            List<Reply> items = new ArrayList<>();
            if (rows != null) {
                for (Record r : rows) {
                    items.add(Replies.bulk(r.get(REDIS_SET_MEMBER.MEMBER_BYTES)));
                }
            }
            return Replies.set(items);
        }
    }

    /** SISMEMBER key member. */
    public static final class SIsMember extends Read {
        @Inject
        public SIsMember(SetRepository sets) {
            super(sets);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Set<ByteBuffer> present = sets.present(ctx.scope(), args.get(1), List.of(args.get(2)));
            return present != null && !present.isEmpty() ? Replies.ONE : Replies.ZERO;
        }
    }

    /** SMISMEMBER key member [member ...]. */
    public static final class SMIsMember extends Read {
        @Inject
        public SMIsMember(SetRepository sets) {
            super(sets);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<byte[]> members = args.from(2);
            Set<ByteBuffer> present = sets.present(ctx.scope(), args.get(1), members);
            List<Reply> items = new ArrayList<>();
            for (byte[] m : members) {
                items.add(present != null && present.contains(ByteBuffer.wrap(m)) ? Replies.ONE : Replies.ZERO);
            }
            return Replies.array(items);
        }
    }

    /** SCARD key: an index-only count. */
    public static final class SCard extends Read {
        @Inject
        public SCard(SetRepository sets) {
            super(sets);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Long n = sets.cardinality(ctx.scope(), args.get(1));
            return Replies.integer(n == null ? 0 : n);
        }
    }
}
