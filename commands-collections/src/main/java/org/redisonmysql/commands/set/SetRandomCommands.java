package org.redisonmysql.commands.set;

import com.google.inject.Inject;
import org.jooq.Record;
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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import static org.redisonmysql.db.Tables.REDIS_SET_MEMBER;

/**
 * SPOP and SRANDMEMBER. A single random member is one indexed seek at a random member hash
 * (SHA-256 spreads members uniformly), wrapping to the first; with a count the members are read
 * in one statement and sampled here.
 */
public final class SetRandomCommands {
    /** Beyond this many elements a reply could not be built; Redis 7.0.15 itself runs out of memory. */
    static final long MAX_REPLY = 64L * 1024 * 1024;

    private SetRandomCommands() {
    }

    static byte[] randomStart() {
        byte[] start = new byte[32];
        ThreadLocalRandom.current().nextBytes(start);
        return start;
    }

    /** SPOP key [count]. */
    public static final class SPop implements CommandHandler {
        private final SetRepository sets;

        @Inject
        public SPop(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 3) {
                throw Errors.syntax();
            }
            KeyScope scope = ctx.scope();
            if (args.size() == 2) {
                CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.SET);
                if (row == null) {
                    return Replies.NULL_BULK;
                }
                List<byte[]> one = sets.from(scope, row.id(), randomStart(), 1);
                if (one.isEmpty()) {
                    one = sets.from(scope, row.id(), new byte[32], 1);
                }
                byte[] member = one.get(0);
                SetWriteCommands.afterRemove(scope, row, sets.remove(scope, row.id(), List.of(KeyHash.of(member))));
                return Replies.bulk(member);
            }
            Long count = RedisNumbers.parseLongOrNull(args.get(2));
            if (count == null || count < 0) {
                throw Errors.of("ERR value is out of range, must be positive");
            }
            CollectionKeyRows.Row row = CollectionKeyRows.lockExisting(scope, args.get(1), KeyType.SET);
            if (row == null || count == 0) {
                return Replies.EMPTY_ARRAY;
            }
            List<byte[]> all = sets.allOf(scope, row.id());
            if (count >= all.size()) {
                CollectionKeyRows.delete(scope, row.id());
                return Replies.bulks(all);
            }
            Collections.shuffle(all, ThreadLocalRandom.current());
            List<byte[]> popped = all.subList(0, count.intValue());
            List<byte[]> hashes = new ArrayList<>(popped.size());
            for (byte[] m : popped) {
                hashes.add(KeyHash.of(m));
            }
            SetWriteCommands.afterRemove(scope, row, sets.remove(scope, row.id(), hashes));
            return Replies.bulks(popped);
        }
    }

    /** SRANDMEMBER key [count]. */
    public static final class SRandMember implements CommandHandler {
        private final SetRepository sets;

        @Inject
        public SRandMember(SetRepository sets) {
            this.sets = Objects.requireNonNull(sets, "sets");
        }

        @Override
        public Reply execute(CommandContext ctx, CommandArgs args) {
            if (args.size() > 3) {
                throw Errors.syntax();
            }
            KeyScope scope = ctx.scope();
            if (args.size() == 2) {
                List<Record> one = sets.members(scope, args.get(1), REDIS_SET_MEMBER.MEMBER_HASH.ge(randomStart()), 1);
                if (one == null) {
                    return Replies.NULL_BULK;
                }
                if (one.isEmpty()) {
                    one = sets.members(scope, args.get(1), REDIS_SET_MEMBER.MEMBER_HASH.ge(new byte[32]), 1); // same statement as the seek, from the start
                    if (one == null || one.isEmpty()) {
                        return Replies.NULL_BULK;
                    }
                }
                return Replies.bulk(one.get(0).get(REDIS_SET_MEMBER.MEMBER_BYTES));
            }
            Long count = RedisNumbers.parseLongOrNull(args.get(2));
            if (count == null) {
                throw Errors.notInteger();
            }
            if (count == Long.MIN_VALUE) {
                throw Errors.of("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
            }
            List<Record> rows = sets.all(scope, args.get(1));
            if (rows == null || rows.isEmpty() || count == 0) {
                return Replies.EMPTY_ARRAY;
            }
            List<byte[]> all = new ArrayList<>(rows.size());
            for (Record r : rows) {
                all.add(r.get(REDIS_SET_MEMBER.MEMBER_BYTES));
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (count < 0) {
                if (-count > MAX_REPLY) {
                    throw Errors.of("ERR value is out of range");
                }
                List<byte[]> out = new ArrayList<>((int) -count);
                for (long i = 0; i < -count; i++) {
                    out.add(all.get(random.nextInt(all.size())));
                }
                return Replies.bulks(out);
            }
            if (count >= all.size()) {
                return Replies.bulks(all);
            }
            Collections.shuffle(all, random);
            return Replies.bulks(all.subList(0, count.intValue()));
        }
    }
}
