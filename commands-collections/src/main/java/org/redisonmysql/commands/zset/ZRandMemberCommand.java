package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** ZRANDMEMBER key [count [WITHSCORES]]. Reads the whole set: fine for the sizes it is used on. */
public final class ZRandMemberCommand implements CommandHandler {
    private final ZSetRepository zsets;

    @Inject
    public ZRandMemberCommand(ZSetRepository zsets) {
        this.zsets = zsets;
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope scope = ctx.scope();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (args.size() >= 3) {
            Long parsed = RedisNumbers.parseLongOrNull(args.get(2));
            if (parsed == null) {
                throw Errors.notInteger();
            }
            long l = parsed;
            if (l == Long.MIN_VALUE) {
                throw Errors.of("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
            }
            boolean withScores = false;
            if (args.size() > 4 || (args.size() == 4 && !args.is(3, "withscores"))) {
                throw Errors.syntax();
            } else if (args.size() == 4) {
                withScores = true;
                if (l < -Long.MAX_VALUE / 2 || l > Long.MAX_VALUE / 2) {
                    throw Errors.of("ERR value is out of range");
                }
            }
            Long id = zsets.readKey(scope, args.get(1));
            if (id == null || l == 0) {
                return Replies.EMPTY_ARRAY;
            }
            List<ZEntry> all = zsets.all(scope, id);
            List<ZEntry> out = new ArrayList<>();
            if (l < 0) {
                for (long i = 0; i < -l; i++) {
                    out.add(all.get(random.nextInt(all.size())));
                }
            } else {
                out.addAll(all);
                Collections.shuffle(out, random);
                if (l < out.size()) {
                    out = new ArrayList<>(out.subList(0, (int) l));
                }
            }
            return ZReplies.entries(out, withScores);
        }
        Long id = zsets.readKey(scope, args.get(1));
        if (id == null) {
            return Replies.NULL_BULK;
        }
        long len = zsets.card(scope, id);
        List<ZEntry> one = zsets.byRank(scope, id, false, random.nextLong(len), 1);
        return one.isEmpty() ? Replies.NULL_BULK : Replies.bulk(one.get(0).member());
    }
}
