package org.redisonmysql.commands.hash;

import com.google.inject.Inject;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.redisonmysql.db.Tables.REDIS_HASH_FIELD;

/** The hash reads: one statement each, run in autocommit. */
public final class HashReadCommands {
    private HashReadCommands() {
    }

    /** Base of the one-statement reads. */
    abstract static class Read implements CommandHandler {
        final HashRepository hashes;

        Read(HashRepository hashes) {
            this.hashes = Objects.requireNonNull(hashes, "hashes");
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    /** HGET key field. */
    public static final class HGet extends Read {
        @Inject
        public HGet(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.bulk(hashes.fieldColumn(ctx.scope(), args.get(1), args.get(2), REDIS_HASH_FIELD.VALUE_BYTES));
        }
    }

    /** HEXISTS key field. */
    public static final class HExists extends Read {
        @Inject
        public HExists(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Long id = hashes.fieldColumn(ctx.scope(), args.get(1), args.get(2), REDIS_HASH_FIELD.KEY_ID);
            return id == null ? Replies.ZERO : Replies.ONE;
        }
    }

    /** HSTRLEN key field: the length is computed in the database, the value never travels. */
    public static final class HStrLen extends Read {
        @Inject
        public HStrLen(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Integer len = hashes.fieldColumn(ctx.scope(), args.get(1), args.get(2),
                    DSL.octetLength(REDIS_HASH_FIELD.VALUE_BYTES.coerce(String.class)));
            return Replies.integer(len == null ? 0 : len);
        }
    }

    /** HMGET key field [field ...]. */
    public static final class HMGet extends Read {
        @Inject
        public HMGet(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            return Replies.bulks(hashes.values(ctx.scope(), args.get(1), args.from(2)));
        }
    }

    /** HLEN key: an index-only count. */
    public static final class HLen extends Read {
        @Inject
        public HLen(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Long n = hashes.length(ctx.scope(), args.get(1));
            return Replies.integer(n == null ? 0 : n);
        }
    }

    /** HGETALL key: a map (flat array in RESP2). */
    public static final class HGetAll extends Read {
        @Inject
        public HGetAll(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Reply> items = new ArrayList<>();
            for (Record r : hashes.all(ctx.scope(), args.get(1), REDIS_HASH_FIELD.FIELD_BYTES, REDIS_HASH_FIELD.VALUE_BYTES)) {
                items.add(Replies.bulk(r.get(REDIS_HASH_FIELD.FIELD_BYTES)));
                items.add(Replies.bulk(r.get(REDIS_HASH_FIELD.VALUE_BYTES)));
            }
            return Replies.map(items);
        }
    }

    /** HKEYS key. */
    public static final class HKeys extends Read {
        @Inject
        public HKeys(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<byte[]> out = new ArrayList<>();
            for (Record r : hashes.all(ctx.scope(), args.get(1), REDIS_HASH_FIELD.FIELD_BYTES)) {
                out.add(r.get(REDIS_HASH_FIELD.FIELD_BYTES));
            }
            return Replies.bulks(out);
        }
    }

    /** HVALS key. */
    public static final class HVals extends Read {
        @Inject
        public HVals(HashRepository hashes) {
            super(hashes);
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<byte[]> out = new ArrayList<>();
            for (Record r : hashes.all(ctx.scope(), args.get(1), REDIS_HASH_FIELD.VALUE_BYTES)) {
                out.add(r.get(REDIS_HASH_FIELD.VALUE_BYTES));
            }
            return Replies.bulks(out);
        }
    }
}
