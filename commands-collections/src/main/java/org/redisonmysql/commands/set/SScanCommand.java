package org.redisonmysql.commands.set;

import com.google.inject.Inject;
import org.jooq.Record;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.ScanCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.redisonmysql.db.Tables.REDIS_SET_MEMBER;

/**
 * SSCAN key cursor [MATCH pattern] [COUNT count]: COUNT members in member-hash order from the
 * cursor's position, then MATCH. One statement; stable under concurrent writes.
 */
public final class SScanCommand implements CommandHandler {
    private final SetRepository sets;

    @Inject
    public SScanCommand(SetRepository sets) {
        this.sets = Objects.requireNonNull(sets, "sets");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long cursor = ScanCursor.parse(args.get(2));
        byte[] start = cursor == 0 ? new byte[32] : ScanCursor.startHash(cursor);
        // Redis checks the options only once the key is known to exist: keep the error for then.
        ScanCursor.Options options = null;
        RuntimeException badOptions = null;
        try {
            options = ScanCursor.options(args, 3);
        } catch (RuntimeException e) {
            badOptions = e;
        }
        List<Record> page = sets.members(ctx.scope(), args.get(1), REDIS_SET_MEMBER.MEMBER_HASH.ge(start),
                options == null ? 1 : options.count() + 1);
        if (page == null) {
            return Replies.array(List.of(Replies.bulk("0"), Replies.EMPTY_ARRAY));
        }
        if (badOptions != null) {
            throw badOptions;
        }
        long next = 0;
        if (page.size() > options.count()) {
            next = ScanCursor.cursorFor(page.get(options.count()).get(REDIS_SET_MEMBER.MEMBER_HASH));
            page = page.subList(0, options.count());
        }
        List<Reply> items = new ArrayList<>();
        for (Record r : page) {
            byte[] member = r.get(REDIS_SET_MEMBER.MEMBER_BYTES);
            if (options.match() == null || options.match().matches(member)) {
                items.add(Replies.bulk(member));
            }
        }
        return Replies.array(List.of(Replies.bulk(ScanCursor.text(next)), Replies.array(items)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
