package org.redisonmysql.commands.hash;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RetryKind;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisLongDouble;
import org.redisonmysql.core.util.RedisNumbers;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The hash writes: one transaction each, serialized on the key row's lock. */
public final class HashWriteCommands {
    private HashWriteCommands() {
    }

    /** HSET key field value [field value ...]: the number of fields added. */
    public static class HSet implements CommandHandler {
        private final HashRepository hashes;

        @Inject
        public HSet(HashRepository hashes) {
            this.hashes = Objects.requireNonNull(hashes, "hashes");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() % 2 != 0) {
                throw Errors.wrongArity(args.keyword(0));
            }
            // A field named twice keeps its last value, as in Redis.
            Map<ByteBuffer, byte[][]> pairs = new LinkedHashMap<>();
            for (int i = 2; i < args.size(); i += 2) {
                pairs.put(ByteBuffer.wrap(args.get(i)), new byte[][] {args.get(i), args.get(i + 1)});
            }
            List<byte[]> fields = new ArrayList<>(pairs.size());
            List<byte[]> values = new ArrayList<>(pairs.size());
            List<byte[]> fieldHashes = new ArrayList<>(pairs.size());
            for (byte[][] p : pairs.values()) {
                fields.add(p[0]);
                values.add(p[1]);
                fieldHashes.add(KeyHash.of(p[0]));
            }
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockOrCreate(scope, args.get(1), KeyType.HASH);
            // The upsert's affected-row count cannot tell an insert from an unchanged update, so
            // the fields already there are read under the lock (skipped for a new hash).
            int existing = row.card() == 0 ? 0 : hashes.existing(scope, row.id(), fieldHashes).size();
            hashes.upsert(scope, row.id(), fields, values);
            int added = fields.size() - existing;
            CollectionKeyRows.changed(scope, row, added);
            return reply(added);
        }

        Reply reply(int added) {
            return Replies.integer(added);
        }
    }

    /** HMSET key field value [field value ...]: HSET answering OK. */
    public static final class HMSet extends HSet {
        @Inject
        public HMSet(HashRepository hashes) {
            super(hashes);
        }

        @Override
        Reply reply(int added) {
            return Replies.OK;
        }
    }

    /** HSETNX key field value. */
    public static final class HSetNx implements CommandHandler {
        private final HashRepository hashes;

        @Inject
        public HSetNx(HashRepository hashes) {
            this.hashes = Objects.requireNonNull(hashes, "hashes");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockOrCreate(scope, args.get(1), KeyType.HASH);
            if (!hashes.insertIfAbsent(scope, row.id(), args.get(2), args.get(3))) {
                return Replies.ZERO;
            }
            CollectionKeyRows.changed(scope, row, 1);
            return Replies.ONE;
        }
    }

    /** HDEL key field [field ...]: the hash goes with its last field. */
    public static final class HDel implements CommandHandler {
        private final HashRepository hashes;

        @Inject
        public HDel(HashRepository hashes) {
            this.hashes = Objects.requireNonNull(hashes, "hashes");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.HASH);
            if (row == null) {
                return Replies.ZERO;
            }
            List<byte[]> fieldHashes = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                fieldHashes.add(KeyHash.of(args.get(i)));
            }
            int removed = hashes.delete(scope, row.id(), fieldHashes);
            if (removed > 0) {
                CollectionKeyRows.changed(scope, row, -removed);
            }
            return Replies.integer(removed);
        }
    }

    /** HINCRBY key field increment. */
    public static final class HIncrBy implements CommandHandler {
        private final HashRepository hashes;

        @Inject
        public HIncrBy(HashRepository hashes) {
            this.hashes = Objects.requireNonNull(hashes, "hashes");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            long incr = args.longAt(3);
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockOrCreate(scope, args.get(1), KeyType.HASH);
            long value = 0;
            byte[] current = row.card() == 0 ? null : hashes.value(scope, row.id(), args.get(2));
            if (current != null) {
                Long parsed = RedisNumbers.parseLongOrNull(current);
                if (parsed == null) {
                    throw Errors.of("ERR hash value is not an integer");
                }
                value = parsed;
            }
            long sum;
            try {
                sum = Math.addExact(value, incr);
            } catch (ArithmeticException e) {
                throw Errors.of(Errors.OVERFLOW);
            }
            hashes.upsert(scope, row.id(), List.of(args.get(2)), List.of(RedisNumbers.toBytes(sum)));
            CollectionKeyRows.changed(scope, row, current == null ? 1 : 0);
            return Replies.integer(sum);
        }

        @Override
        public RetryKind retryKind() {
            return RetryKind.COUNTER;
        }
    }

    /** HINCRBYFLOAT key field increment: x87 long double arithmetic, as Redis on x86-64. */
    public static final class HIncrByFloat implements CommandHandler {
        private final HashRepository hashes;

        @Inject
        public HIncrByFloat(HashRepository hashes) {
            this.hashes = Objects.requireNonNull(hashes, "hashes");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            RedisLongDouble incr = RedisLongDouble.parseHashIncrement(args.get(3));
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockOrCreate(scope, args.get(1), KeyType.HASH);
            byte[] current = row.card() == 0 ? null : hashes.value(scope, row.id(), args.get(2));
            byte[] result = RedisLongDouble.hincrByFloat(current, incr);
            hashes.upsert(scope, row.id(), List.of(args.get(2)), List.of(result));
            CollectionKeyRows.changed(scope, row, current == null ? 1 : 0);
            return Replies.bulk(result);
        }

        @Override
        public RetryKind retryKind() {
            return RetryKind.COUNTER;
        }
    }
}
