package org.redisonmysql.commands.keys;

import com.google.inject.Inject;
import org.redisonmysql.core.command.Atomicity;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyType;
import org.redisonmysql.core.keyspace.KeyspaceRepository;
import org.redisonmysql.core.keyspace.ScanPage;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.GlobPattern;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. The cursor is the id of the last key row
 * examined (ids only grow), so the walk never repeats or misses a key that exists throughout, on
 * any instance, and always ends. COUNT bounds the rows examined per call, as in Redis.
 */
public final class ScanCommand implements CommandHandler {
    /** Rows examined per call at most, whatever COUNT says (bounds the reply and the statement). */
    static final int MAX_COUNT = 10_000;

    private final KeyspaceRepository keyspace;

    @Inject
    public ScanCommand(KeyspaceRepository keyspace) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        long cursor = parseCursor(args.get(1));
        long count = 10;
        GlobPattern pattern = null;
        byte[] typeName = null;
        int i = 2;
        while (i < args.size()) {
            int left = args.size() - i;
            if (args.is(i, "count") && left >= 2) {
                count = args.longAt(i + 1);
                if (count < 1) {
                    throw Errors.syntax();
                }
                i += 2;
            } else if (args.is(i, "match") && left >= 2) {
                GlobPattern p = new GlobPattern(args.get(i + 1));
                pattern = p.matchesEverything() ? null : p;
                i += 2;
            } else if (args.is(i, "type") && left >= 2) {
                typeName = args.get(i + 1);
                i += 2;
            } else {
                throw Errors.syntax();
            }
        }
        KeyType type = typeName == null ? null : KeyType.ofRedisName(new String(typeName, StandardCharsets.UTF_8));
        ScanPage page = cursor < 0 ? new ScanPage(0, List.of())
                : keyspace.scan(ctx.scope(), cursor, (int) Math.min(count, MAX_COUNT));
        List<Reply> keys = new ArrayList<>();
        for (ScanPage.Entry e : page.entries()) {
            if (pattern != null && !pattern.matches(e.key())) {
                continue;
            }
            if (typeName != null && e.type() != type) {
                continue;
            }
            keys.add(Replies.bulk(e.key()));
        }
        return Replies.array(List.of(Replies.bulk(Long.toString(page.nextCursor())), Replies.array(keys)));
    }

    /**
     * Redis's parseScanCursorOrReply: strtoul in base 10 (an optional sign, "-n" wrapping around,
     * the empty string being 0), no leading space, nothing after the digits, no overflow. Returns
     * the cursor as a signed long; a cursor beyond every id (negative here) ends the walk.
     */
    static long parseCursor(byte[] s) {
        if (s.length == 0) {
            return 0;
        }
        int i = 0;
        boolean negative = false;
        if (s[0] == '+' || s[0] == '-') {
            negative = s[0] == '-';
            i = 1;
        }
        if (i >= s.length) {
            throw invalidCursor();
        }
        long value = 0;
        for (; i < s.length; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                throw invalidCursor();
            }
            // unsigned 64-bit overflow check
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, 10)) > 0) {
                throw invalidCursor();
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    private static RuntimeException invalidCursor() {
        return Errors.of("ERR invalid cursor");
    }

    @Override
    public Atomicity atomicity() {
        return Atomicity.SINGLE_STATEMENT;
    }
}
