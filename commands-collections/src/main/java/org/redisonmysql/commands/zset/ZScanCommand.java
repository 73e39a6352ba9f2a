package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.RedisDoubles;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.ScanCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ZSCAN key cursor [MATCH pattern] [COUNT count]: a page of COUNT members in member-hash order,
 * then MATCH (Redis filters after sampling too). The cursor is the position of the next member's
 * hash, so members present for the whole scan are never skipped whatever is written in between.
 * Scores are bulk strings in both protocols, as Redis sends them here.
 */
public final class ZScanCommand implements CommandHandler {
    private final ZSetRepository zsets;

    @Inject
    public ZScanCommand(ZSetRepository zsets) {
        this.zsets = Objects.requireNonNull(zsets, "zsets");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long cursor = ScanCursor.parse(args.get(2));
        KeyScope scope = ctx.scope();
        Long id = zsets.readKey(scope, args.get(1));
        if (id == null) {
            return Replies.array(List.of(Replies.bulk("0"), Replies.EMPTY_ARRAY));
        }
        // Redis reads the options only once the key is known to exist.
        ScanCursor.Options options = ScanCursor.options(args, 3);
        byte[] start = cursor == 0 ? new byte[32] : ScanCursor.startHash(cursor);
        List<ZSetRepository.ScanRow> page = zsets.pageByHash(scope, id, start, options.count() + 1);
        long next = 0;
        if (page.size() > options.count()) {
            next = ScanCursor.cursorFor(page.get(options.count()).hash());
            page = page.subList(0, options.count());
        }
        List<Reply> items = new ArrayList<>();
        for (ZSetRepository.ScanRow row : page) {
            byte[] member = row.entry().member();
            if (options.match() == null || options.match().matches(member)) {
                items.add(Replies.bulk(member));
                items.add(Replies.bulk(RedisDoubles.format(row.entry().score())));
            }
        }
        return Replies.array(List.of(Replies.bulk(ScanCursor.text(next)), Replies.array(items)));
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.TRANSACTION;
    }
}
