package org.redisonmysql.commands.bitmap;

import org.redisonmysql.commands.strings.StringEditRepository;
import org.redisonmysql.commands.strings.StringRepository;
import org.redisonmysql.commands.strings.algo.BitField;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What BITFIELD and BITFIELD_RO share: parse everything first (Redis reports argument errors
 * before it looks at the key), then a plain read when every operation is a GET (nothing is
 * created), else a read-modify-write under the row lock.
 */
final class BitfieldGeneric {
    private BitfieldGeneric() {
    }

    static Reply run(StringRepository reads, StringEditRepository edits, CommandContext ctx, CommandArgs args,
                     boolean readOnlyCommand) {
        BitField.Parsed parsed = BitField.parse(args.from(2), readOnlyCommand);
        byte[] key = args.get(1);
        if (parsed.readOnly()) {
            return reply(BitField.execute(reads.get(ctx.scope(), key), parsed));
        }
        return edits.lockedEdit(ctx.scope(), key, current -> {
            BitField.Result r = BitField.execute(current, parsed);
            // Skip a write that would change nothing, so an untouched key keeps its version.
            byte[] store = current != null && Arrays.equals(current, r.value()) ? null : r.value();
            return new StringEditRepository.Edit<>(store, reply(r));
        });
    }

    private static Reply reply(BitField.Result r) {
        List<Reply> items = new ArrayList<>(r.replies().size());
        for (Long v : r.replies()) {
            items.add(v == null ? Replies.NULL_BULK : Replies.integer(v));
        }
        return Replies.array(items);
    }
}
