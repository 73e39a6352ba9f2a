package org.redisonmysql.commands.set;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SINTER, SUNION, SDIFF, SINTERCARD and the STORE forms: every source set is read in one
 * statement (WRONGTYPE if any source has another type, as Redis checks them all), the algebra is
 * done here, and a STORE replaces its destination whatever it held.
 */
public final class SetAlgebraCommands {
    enum Op { INTER, UNION, DIFF }

    private SetAlgebraCommands() {
    }

    static LinkedHashSet<ByteBuffer> compute(SetRepository sets, KeyScope scope, List<byte[]> keys, Op op) {
        Map<ByteBuffer, LinkedHashSet<ByteBuffer>> byKey = sets.many(scope, keys);
        LinkedHashSet<ByteBuffer> result = null;
        for (byte[] key : keys) {
            LinkedHashSet<ByteBuffer> members = byKey.get(ByteBuffer.wrap(KeyHash.of(key)));
            if (members == null) {
                members = new LinkedHashSet<>();
            }
            if (result == null) {
                result = new LinkedHashSet<>(members);
            } else if (op == Op.INTER) {
                result.retainAll(members);
            } else if (op == Op.UNION) {
                result.addAll(members);
            } else {
                result.removeAll(members);
            }
        }
        return result;
    }

    static List<byte[]> bytes(LinkedHashSet<ByteBuffer> members) {
        List<byte[]> out = new ArrayList<>(members.size());
        for (ByteBuffer b : members) {
            out.add(b.array());
        }
        return out;
    }

    /** SINTER / SUNION / SDIFF key [key ...]: a set reply. */
    abstract static class Read implements CommandHandler {
        private final SetRepository sets;
        private final Op op;

        Read(SetRepository sets, Op op) {
            this.sets = Objects.requireNonNull(sets, "sets");
            this.op = op;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            List<Reply> items = new ArrayList<>();
            for (ByteBuffer m : compute(sets, ctx.scope(), args.from(1), op)) {
                items.add(Replies.bulk(m.array()));
            }
            return Replies.set(items);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }

    public static final class SInter extends Read {
        @Inject
        public SInter(SetRepository sets) {
            super(sets, Op.INTER);
        }
    }

    public static final class SUnion extends Read {
        @Inject
        public SUnion(SetRepository sets) {
            super(sets, Op.UNION);
        }
    }

    public static final class SDiff extends Read {
        @Inject
        public SDiff(SetRepository sets) {
            super(sets, Op.DIFF);
        }
    }

    /** SINTERSTORE / SUNIONSTORE / SDIFFSTORE destination key [key ...]: the result's size. */
    abstract static class Store implements CommandHandler {
        private final SetRepository sets;
        private final Op op;

        Store(SetRepository sets, Op op) {
            this.sets = Objects.requireNonNull(sets, "sets");
            this.op = op;
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            byte[] destination = args.get(1);
            // Lock the destination first: the sources are read after, so a source that is also the
            // destination is read under the lock.
            CollectionKeyRows.lockExistingAnyType(scope, destination);
            LinkedHashSet<ByteBuffer> result = compute(sets, scope, args.from(2), op);
            if (result.isEmpty()) {
                CollectionKeyRows.deleteAnyType(scope, destination);
            } else {
                CollectionKeyRows.Row row = CollectionKeyRows.replace(scope, destination, KeyType.SET);
                CollectionKeyRows.changed(scope, row, sets.add(scope, row.id(), bytes(result)));
            }
            return Replies.integer(result.size());
        }
    }

    public static final class SInterStore extends Store {
        @Inject
        public SInterStore(SetRepository sets) {
            super(sets, Op.INTER);
        }
    }

    public static final class SUnionStore extends Store {
        @Inject
        public SUnionStore(SetRepository sets) {
            super(sets, Op.UNION);
        }
    }

    public static final class SDiffStore extends Store {
        @Inject
        public SDiffStore(SetRepository sets) {
            super(sets, Op.DIFF);
        }
    }

    /** SINTERCARD numkeys key [key ...] [LIMIT limit]. */
    public static final class SInterCard implements CommandHandler {
        private final SetRepository sets;

        @Inject
        public SInterCard(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            Long numkeys = RedisNumbers.parseLongOrNull(args.get(1));
            if (numkeys == null || numkeys < 1) {
                throw Errors.of("ERR numkeys should be greater than 0");
            }
            if (numkeys > args.size() - 2) {
                throw Errors.of("ERR Number of keys can't be greater than number of args");
            }
            int n = numkeys.intValue();
            long limit = 0;
            for (int i = 2 + n; i < args.size(); i++) {
                if (args.is(i, "limit") && i + 1 < args.size()) {
                    Long l = RedisNumbers.parseLongOrNull(args.get(i + 1));
                    if (l == null || l < 0) {
                        throw Errors.of("ERR LIMIT can't be negative");
                    }
                    limit = l;
                    i++;
                } else {
                    throw Errors.syntax();
                }
            }
            List<byte[]> keys = new ArrayList<>(args.from(2).subList(0, n));
            long card = compute(sets, ctx.scope(), keys, Op.INTER).size();
            return Replies.integer(limit > 0 ? Math.min(card, limit) : card);
        }

        @Override
        public Atomicity atomicity() {
            return Atomicity.SINGLE_STATEMENT;
        }
    }
}
