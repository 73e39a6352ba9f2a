package org.redisonmysql.commands.geo;

import com.google.inject.Inject;
import org.redisonmysql.commands.geo.algo.GeoErrors;
import org.redisonmysql.commands.geo.algo.GeoHash;
import org.redisonmysql.commands.geo.algo.GeoMatch;
import org.redisonmysql.commands.geo.algo.GeoSearchArea;
import org.redisonmysql.commands.geo.algo.GeoSort;
import org.redisonmysql.commands.geo.GeoSearchParser.Form;
import org.redisonmysql.commands.zset.ZEntry;
import org.redisonmysql.commands.zset.ZSetRepository;
import org.redisonmysql.core.command.CommandArgs;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.command.CommandHandler;
import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.keyspace.KeyScope;
import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * GEOSEARCH, GEOSEARCHSTORE, GEORADIUS, GEORADIUSBYMEMBER and their _RO forms. Only the covering
 * cells' score ranges are read (one index range read each, lazily, so COUNT ANY stops early);
 * which members match, in which order, is decided by the algo package exactly as Redis does.
 */
public class GeoSearchCommand implements CommandHandler {
    private final ZSetRepository zsets;
    private final Form form;

    GeoSearchCommand(ZSetRepository zsets, Form form) {
        this.zsets = requireNonNull(zsets, "zsets");
        this.form = form;
    }

    public static final class GeoSearch extends GeoSearchCommand {
        @Inject
        public GeoSearch(ZSetRepository zsets) {
            super(zsets, Form.GEOSEARCH);
        }
    }

    public static final class GeoSearchStore extends GeoSearchCommand {
        @Inject
        public GeoSearchStore(ZSetRepository zsets) {
            super(zsets, Form.GEOSEARCHSTORE);
        }
    }

    public static final class GeoRadius extends GeoSearchCommand {
        @Inject
        public GeoRadius(ZSetRepository zsets) {
            super(zsets, Form.RADIUS);
        }
    }

    public static final class GeoRadiusRo extends GeoSearchCommand {
        @Inject
        public GeoRadiusRo(ZSetRepository zsets) {
            super(zsets, Form.RADIUS_RO);
        }
    }

    public static final class GeoRadiusByMember extends GeoSearchCommand {
        @Inject
        public GeoRadiusByMember(ZSetRepository zsets) {
            super(zsets, Form.BYMEMBER);
        }
    }

    public static final class GeoRadiusByMemberRo extends GeoSearchCommand {
        @Inject
        public GeoRadiusByMemberRo(ZSetRepository zsets) {
            super(zsets, Form.BYMEMBER_RO);
        }
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        KeyScope scope = ctx.scope();
        Long keyId = zsets.readKey(scope, args.get(form.sourceIndex()));
        Function<byte[], double[]> position = keyId == null ? null : member -> {
            Double score = zsets.score(scope, keyId, member);
            if (score == null) {
                throw Errors.of(GeoErrors.MEMBER_NOT_FOUND);
            }
            return GeoHash.decode(score);
        };
        GeoSearchRequest req = GeoSearchParser.parse(form, args, position);
        if (keyId == null) {
            if (req.storeKey() != null) {
                store(scope, req.storeKey(), List.of());
                return Replies.ZERO;
            }
            return Replies.EMPTY_ARRAY;
        }
        GeoSearchArea area = GeoSearchArea.of(req.shape());
        List<GeoMatch<ZEntry>> found = area.collect(
                range -> zsets.byScoreHalfOpen(scope, keyId, range.min(), range.maxExclusive()),
                ZEntry::score, req.any() ? req.count() : 0);
        List<GeoMatch<ZEntry>> selected = GeoSort.select(found, req.order(), req.count(), req.any());
        if (req.storeKey() != null) {
            Map<String, ZEntry> entries = new LinkedHashMap<>();
            for (GeoMatch<ZEntry> m : selected) {
                byte[] member = m.member().member();
                double score = req.storeDist() ? req.unit().fromMetres(m.distance()) : m.score();
                entries.put(HexFormat.of().formatHex(member), new ZEntry(member, score));
            }
            store(scope, req.storeKey(), List.copyOf(entries.values()));
            return Replies.integer(selected.size());
        }
        return GeoReplies.matches(selected, req);
    }

    /** Replaces the destination with the result, or deletes it when the result is empty (as Redis). */
    private void store(KeyScope scope, byte[] dst, List<ZEntry> entries) {
        zsets.lockKeyAnyType(scope, dst);
        zsets.replaceWith(scope, dst, entries);
    }
}
