package org.redisonmysql.commands.hash;

import com.google.inject.Inject;
import org.jooq.Record;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.command.RetryKind;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import static org.redisonmysql.db.Tables.REDIS_HASH_FIELD;

/**
 * HRANDFIELD key [count [WITHVALUES]]. Without a count: one indexed seek at a random field hash
 * (SHA-256 spreads fields uniformly), wrapping to the first field. With a count: the fields are
 * read in one statement and sampled here.
 */
public final class HRandFieldCommand implements CommandHandler {
    /** Beyond this many elements a reply could not be built; Redis 7.0.15 itself runs out of memory. */
    static final long MAX_REPLY = 64L * 1024 * 1024;

    private final HashRepository hashes;

    @Inject
    public HRandFieldCommand(HashRepository hashes) {
        this.hashes = Objects.requireNonNull(hashes, "hashes");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope scope = ctx.scope();
        if (args.size() == 2) {
            return Replies.bulk(randomField(scope, args.get(1)));
        }
        long count = countArg(args, 2);
        boolean withValues = false;
        if (args.size() > 4 || (args.size() == 4 && !args.is(3, "withvalues"))) {
            throw Errors.syntax();
        } else if (args.size() == 4) {
            withValues = true;
            if (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2) {
                throw Errors.of("ERR value is out of range");
            }
        }
        List<Record> all = hashes.all(scope, args.get(1), REDIS_HASH_FIELD.FIELD_BYTES, REDIS_HASH_FIELD.VALUE_BYTES);
        if (all.isEmpty() || count == 0) {
            return Replies.EMPTY_ARRAY;
        }
        List<Record> picked = sample(all, count);
        boolean pairs = withValues;
        return out -> {
            if (pairs && out.resp3()) {
                out.arrayHeader(picked.size());
                for (Record r : picked) {
                    out.arrayHeader(2);
                    out.bulk(r.get(REDIS_HASH_FIELD.FIELD_BYTES));
                    out.bulk(r.get(REDIS_HASH_FIELD.VALUE_BYTES));
                }
                return;
            }
            out.arrayHeader(pairs ? picked.size() * 2 : picked.size());
            for (Record r : picked) {
                out.bulk(r.get(REDIS_HASH_FIELD.FIELD_BYTES));
                if (pairs) {
                    out.bulk(r.get(REDIS_HASH_FIELD.VALUE_BYTES));
                }
            }
        };
    }

    private byte[] randomField(KeyScope scope, byte[] key) {
        byte[] start = new byte[32];
        ThreadLocalRandom.current().nextBytes(start);
        List<Record> page = hashes.page(scope, key, start, 1);
        if (page == null) {
            return null;
        }
        if (page.isEmpty()) {
            page = hashes.page(scope, key, new byte[32], 1);
            if (page == null || page.isEmpty()) {
                return null;
            }
        }
        return page.get(0).get(REDIS_HASH_FIELD.FIELD_BYTES);
    }

    /** A count in [-LONG_MAX, LONG_MAX], Redis's message otherwise. */
    static long countArg(CommandArgs args, int index) {
        Long l = RedisNumbers.parseLongOrNull(args.get(index));
        if (l == null) {
            throw Errors.notInteger();
        }
        if (l == Long.MIN_VALUE) {
            throw Errors.of("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
        }
        return l;
    }

    /** Distinct elements for a positive count, with repetition for a negative one. */
    static <T> List<T> sample(List<T> all, long count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (count < 0) {
            long n = -count;
            if (n > MAX_REPLY) {
                throw Errors.of("ERR value is out of range");
            }
            List<T> out = new ArrayList<>((int) n);
            for (long i = 0; i < n; i++) {
                out.add(all.get(random.nextInt(all.size())));
            }
            return out;
        }
        List<T> copy = new ArrayList<>(all);
        if (count >= copy.size()) {
            return copy;
        }
        Collections.shuffle(copy, random);
        return copy.subList(0, (int) count);
    }

    @Override
    public RetryKind retryKind() {
        return RetryKind.WRITE;
    }
}
