package org.redisonmysql.commands.geo;

import com.google.inject.Inject;
import org.redisonmysql.commands.geo.algo.GeoHash;
import org.redisonmysql.commands.zset.ZEntry;
import org.redisonmysql.commands.zset.ZSetRepository;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.CollectionKeyRows;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * GEOADD key [NX|XX] [CH] lon lat member ...: Redis turns each triple into a ZADD score (the
 * position's 52-bit geohash) and calls ZADD, so the coordinates are all checked before the key is
 * looked at, and a member repeated in one call is applied in argument order.
 */
public final class GeoAddCommand implements CommandHandler {
    private final ZSetRepository zsets;

    @Inject
    public GeoAddCommand(ZSetRepository zsets) {
        this.zsets = requireNonNull(zsets, "zsets");
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        boolean nx = false, xx = false, ch = false;
        int idx = 2;
        for (; idx < args.size(); idx++) {
            if (args.is(idx, "nx")) {
                nx = true;
            } else if (args.is(idx, "xx")) {
                xx = true;
            } else if (args.is(idx, "ch")) {
                ch = true;
            } else {
                break;
            }
        }
        int rest = args.size() - idx;
        // No triple at all passes Redis's check here and then fails ZADD's with the same error.
        if (rest % 3 != 0 || (nx && xx) || rest == 0) {
            throw Errors.syntax();
        }
        List<ZEntry> entries = new ArrayList<>(rest / 3);
        for (int i = idx; i < args.size(); i += 3) {
            double[] xy = GeoArgs.lonLat(args.get(i), args.get(i + 1));
            entries.add(new ZEntry(args.get(i + 2), GeoHash.encode(xy[0], xy[1])));
        }
        KeyScope scope = ctx.scope();
        byte[] key = args.get(1);
        CollectionKeyRows.Row row = xx ? zsets.lockKey(scope, key) : zsets.lockOrCreate(scope, key);
        if (row == null) {
            return Replies.ZERO;
        }
        boolean created = row.card() == 0; // a new key: no current scores to read
        long keyId = row.id();
        Map<String, Double> current = new HashMap<>();
        if (!created) {
            List<byte[]> members = new ArrayList<>(entries.size());
            entries.forEach(e -> members.add(e.member()));
            List<Double> existing = zsets.scores(scope, keyId, members);
            for (int j = 0; j < entries.size(); j++) {
                current.put(hex(members.get(j)), existing.get(j));
            }
        }
        Map<String, ZEntry> writes = new LinkedHashMap<>();
        long added = 0, changed = 0;
        for (ZEntry e : entries) {
            String id = hex(e.member());
            Double cur = current.get(id);
            if (cur != null) {
                if (!nx && cur != e.score()) {
                    changed++;
                    current.put(id, e.score());
                    writes.put(id, e);
                }
            } else if (!xx) {
                added++;
                current.put(id, e.score());
                writes.put(id, e);
            }
        }
        zsets.upsert(scope, keyId, writes.values());
        if (!writes.isEmpty() || created) {
            zsets.changed(scope, row, added);
        }
        return Replies.integer(ch ? added + changed : added);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
