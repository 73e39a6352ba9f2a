package org.redisonmysql.commands.set;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyHash;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** SADD, SREM, SMOVE: one transaction each, serialized on the key rows' locks. */
public final class SetWriteCommands {
    private SetWriteCommands() {
    }

    /** SADD key member [member ...]: the number of members added. */
    public static final class SAdd implements CommandHandler {
        private final SetRepository sets;

        @Inject
        public SAdd(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockOrCreate(scope, args.get(1), KeyType.SET);
            int added = sets.add(scope, row.id(), args.from(2));
            if (added > 0) {
                CollectionKeyRows.changed(scope, row, added);
            }
            return Replies.integer(added);
        }
    }

    /** SREM key member [member ...]: the set goes with its last member. */
    public static final class SRem implements CommandHandler {
        private final SetRepository sets;

        @Inject
        public SRem(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.SET);
            if (row == null) {
                return Replies.ZERO;
            }
            List<byte[]> hashes = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                hashes.add(KeyHash.of(args.get(i)));
            }
            int removed = sets.remove(scope, row.id(), hashes);
            afterRemove(scope, row, removed);
            return Replies.integer(removed);
        }
    }

    /** Deletes the key when its last member went, else records the write and the new count. */
    static void afterRemove(KeyScope scope, CollectionKeyRows.Row row, int removed) {
        if (removed > 0) {
            CollectionKeyRows.changed(scope, row, -removed);
        }
    }

    /** SMOVE source destination member. */
    public static final class SMove implements CommandHandler {
        private final SetRepository sets;

        @Inject
        public SMove(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            KeyScope scope = ctx.scope();
            byte[] src = args.get(1);
            byte[] dst = args.get(2);
            byte[] member = args.get(3);
            // Lock both rows in key-hash order (no deadlock between SMOVE a b and SMOVE b a);
            // report errors in Redis's order afterwards.
            boolean srcFirst = Arrays.compareUnsigned(KeyHash.of(src), KeyHash.of(dst)) <= 0;
            Locked first = Locked.of(scope, srcFirst ? src : dst);
            Locked second = Locked.of(scope, srcFirst ? dst : src);
            Locked s = srcFirst ? first : second;
            Locked d = srcFirst ? second : first;
            if (s.error == null && s.row == null) {
                return Replies.ZERO;
            }
            if (s.error != null) {
                throw s.error;
            }
            if (d.error != null) {
                throw d.error;
            }
            List<byte[]> hash = List.of(KeyHash.of(member));
            if (Arrays.equals(src, dst)) {
                return sets.present(scope, src, List.of(member)).isEmpty() ? Replies.ZERO : Replies.ONE;
            }
            int removed = sets.remove(scope, s.row.id(), hash);
            if (removed == 0) {
                return Replies.ZERO;
            }
            afterRemove(scope, s.row, removed);
            CollectionKeyRows.Row dstRow = d.row != null ? d.row : CollectionKeyRows.lockOrCreate(scope, dst, KeyType.SET);
            int added = sets.add(scope, dstRow.id(), List.of(member));
            if (added > 0) {
                CollectionKeyRows.changed(scope, dstRow, added);
            }
            return Replies.ONE;
        }

        private record Locked(CollectionKeyRows.Row row, RedisException error) {
            static Locked of(KeyScope scope, byte[] key) {
                try {
                    return new Locked(CollectionKeyRows.lockExisting(scope, key, KeyType.SET), null);
                } catch (RedisException e) {
                    return new Locked(null, e);
                }
            }
        }
    }
}
