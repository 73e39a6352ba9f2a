package org.redisonmysql.commands.zset;

import com.google.inject.Inject;
import org.redisonmysql.core.blocking.BlockingRegistry;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;
import org.redisonmysql.core.util.RedisNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ZADD key [NX|XX] [GT|LT] [CH] [INCR] score member ...; ZINCRBY is ZADD INCR (as in Redis). */
public class ZAddCommand implements CommandHandler {
    private final ZSetRepository zsets;
    private final BlockingRegistry blocking;
    private final boolean incrCommand;

    @Inject
    public ZAddCommand(ZSetRepository zsets, BlockingRegistry blocking) {
        this(zsets, blocking, false);
    }

    ZAddCommand(ZSetRepository zsets, BlockingRegistry blocking, boolean incrCommand) {
        this.zsets = zsets;
        this.blocking = blocking;
        this.incrCommand = incrCommand;
    }

    /** ZINCRBY key increment member. */
    public static final class ZIncrBy extends ZAddCommand {
        @Inject
        public ZIncrBy(ZSetRepository zsets, BlockingRegistry blocking) {
            super(zsets, blocking, true);
        }
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        Reply reply = add(ctx, args);
        // Clients blocked in BZPOPMIN/BZPOPMAX/BZMPOP on this instance retry at once (others poll).
        blocking.signalAfterCommit(ctx, args.get(1));
        return reply;
    }

    private Reply add(CommandContext ctx, CommandArgs args) {
        boolean nx = false, xx = false, ch = false, incr = incrCommand, gt = false, lt = false;
        int idx = 2;
        for (; idx < args.size(); idx++) {
            if (args.is(idx, "nx")) {
                nx = true;
            } else if (args.is(idx, "xx")) {
                xx = true;
            } else if (args.is(idx, "ch")) {
                ch = true;
            } else if (args.is(idx, "incr")) {
                incr = true;
            } else if (args.is(idx, "gt")) {
                gt = true;
            } else if (args.is(idx, "lt")) {
                lt = true;
            } else {
                break;
            }
        }
        int elements = args.size() - idx;
        if (elements % 2 != 0 || elements == 0) {
            throw Errors.syntax();
        }
        elements /= 2;
        if (nx && xx) {
            throw Errors.of("ERR XX and NX options at the same time are not compatible");
        }
        if ((gt && nx) || (lt && nx) || (gt && lt)) {
            throw Errors.of("ERR GT, LT, and/or NX options at the same time are not compatible");
        }
        if (incr && elements > 1) {
            throw Errors.of("ERR INCR option supports a single increment-element pair");
        }
        double[] scores = new double[elements];
        for (int j = 0; j < elements; j++) {
            scores[j] = RedisNumbers.parseDouble(args.get(idx + j * 2));
        }
        KeyScope scope = ctx.scope();
        byte[] key = args.get(1);
        CollectionKeyRows.Row row = xx ? zsets.lockKey(scope, key) : zsets.lockOrCreate(scope, key);
        if (row == null) {
            return incr ? Replies.NULL_BULK : Replies.ZERO;
        }
        boolean created = row.card() == 0; // a new key: no current scores to read
        long keyId = row.id();
        List<byte[]> members = new ArrayList<>(elements);
        for (int j = 0; j < elements; j++) {
            members.add(args.get(idx + 1 + j * 2));
        }
        // Current scores, then Redis's zsetAdd per element in argument order on an in-memory view.
        Map<String, Double> current = new LinkedHashMap<>();
        if (!created) {
            List<Double> existing = zsets.scores(scope, keyId, members);
            for (int j = 0; j < elements; j++) {
                current.put(hex(members.get(j)), existing.get(j));
            }
        }
        Map<String, ZEntry> writes = new LinkedHashMap<>();
        long added = 0, updated = 0, processed = 0;
        double score = 0;
        for (int j = 0; j < elements; j++) {
            byte[] member = members.get(j);
            String id = hex(member);
            double s = scores[j];
            Double cur = current.get(id);
            if (cur != null) {
                if (nx) {
                    continue;
                }
                if (incr) {
                    s += cur;
                    if (Double.isNaN(s)) {
                        throw Errors.of("ERR resulting score is not a number (NaN)");
                    }
                }
                if ((lt && s >= cur) || (gt && s <= cur)) {
                    continue;
                }
                score = s;
                processed++;
                if (s != cur) {
                    updated++;
                    current.put(id, s);
                    writes.put(id, new ZEntry(member, s));
                }
            } else if (!xx) {
                added++;
                processed++;
                score = s;
                current.put(id, s);
                writes.put(id, new ZEntry(member, s));
            }
        }
        zsets.upsert(scope, keyId, writes.values());
        if (!writes.isEmpty() || created) {
            // added is exact: the current scores were read under the key row's lock.
            zsets.changed(scope, row, added);
        }
        if (incr) {
            return processed > 0 ? Replies.doubleValue(score) : Replies.NULL_BULK;
        }
        return Replies.integer(ch ? added + updated : added);
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}
