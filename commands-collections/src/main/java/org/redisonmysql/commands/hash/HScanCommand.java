package org.redisonmysql.commands.hash;

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

import static org.redisonmysql.db.Tables.REDIS_HASH_FIELD;

/**
 * HSCAN key cursor [MATCH pattern] [COUNT count]: a page of COUNT fields in field-hash order,
 * then MATCH (as Redis, which filters after sampling). One statement; the cursor is the position
 * of the next field, so writes between calls never make it skip a field that stays.
 */
public final class HScanCommand implements CommandHandler {
    private final HashRepository hashes;

    @Inject
    public HScanCommand(HashRepository hashes) {
        this.hashes = Objects.requireNonNull(hashes, "hashes");
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
        List<Record> page = hashes.page(ctx.scope(), args.get(1), start, options == null ? 1 : options.count() + 1);
        if (page == null) {
            return emptyScan();
        }
        if (badOptions != null) {
            throw badOptions;
        }
        long next = 0;
        if (page.size() > options.count()) {
            next = ScanCursor.cursorFor(page.get(options.count()).get(REDIS_HASH_FIELD.FIELD_HASH));
            page = page.subList(0, options.count());
        }
        List<Reply> items = new ArrayList<>();
        for (Record r : page) {
            byte[] field = r.get(REDIS_HASH_FIELD.FIELD_BYTES);
            if (options.match() == null || options.match().matches(field)) {
                items.add(Replies.bulk(field));
                items.add(Replies.bulk(r.get(REDIS_HASH_FIELD.VALUE_BYTES)));
            }
        }
        return Replies.array(List.of(Replies.bulk(ScanCursor.text(next)), Replies.array(items)));
    }

    static Reply emptyScan() {
        return Replies.array(List.of(Replies.bulk("0"), Replies.EMPTY_ARRAY));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
