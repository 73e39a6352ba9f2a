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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Redis's {@code zunionInterDiffGenericCommand}: ZUNION, ZINTER, ZDIFF, their STORE forms and
 * ZINTERCARD. Inputs are read whole and combined in Java, in Redis's order (inputs by ascending
 * cardinality), so floating-point sums match. Only sorted sets are accepted as inputs: a plain set
 * answers WRONGTYPE until the set family's tables exist.
 */
public class ZSetOpCommand implements CommandHandler {
    enum Op { UNION, INTER, DIFF }

    private final ZSetRepository zsets;
    private final Op op;
    private final boolean store;
    private final boolean cardinalityOnly;
    private final String name;

    ZSetOpCommand(ZSetRepository zsets, Op op, boolean store, boolean cardinalityOnly, String name) {
        this.zsets = zsets;
        this.op = op;
        this.store = store;
        this.cardinalityOnly = cardinalityOnly;
        this.name = name;
    }

    public static final class ZUnion extends ZSetOpCommand {
        @Inject
        public ZUnion(ZSetRepository z) {
            super(z, Op.UNION, false, false, "zunion");
        }
    }

    public static final class ZInter extends ZSetOpCommand {
        @Inject
        public ZInter(ZSetRepository z) {
            super(z, Op.INTER, false, false, "zinter");
        }
    }

    public static final class ZDiff extends ZSetOpCommand {
        @Inject
        public ZDiff(ZSetRepository z) {
            super(z, Op.DIFF, false, false, "zdiff");
        }
    }

    public static final class ZUnionStore extends ZSetOpCommand {
        @Inject
        public ZUnionStore(ZSetRepository z) {
            super(z, Op.UNION, true, false, "zunionstore");
        }
    }

    public static final class ZInterStore extends ZSetOpCommand {
        @Inject
        public ZInterStore(ZSetRepository z) {
            super(z, Op.INTER, true, false, "zinterstore");
        }
    }

    public static final class ZDiffStore extends ZSetOpCommand {
        @Inject
        public ZDiffStore(ZSetRepository z) {
            super(z, Op.DIFF, true, false, "zdiffstore");
        }
    }

    public static final class ZInterCard extends ZSetOpCommand {
        @Inject
        public ZInterCard(ZSetRepository z) {
            super(z, Op.INTER, false, true, "zintercard");
        }
    }

    private record Source(List<ZEntry> entries, Map<String, Double> byMember, double[] weight, int index) {
    }

    @Override
    public Reply execute(CommandContext ctx, CommandArgs args) {
        int numkeysIndex = store ? 2 : 1;
        long numkeys = args.longAt(numkeysIndex);
        if (numkeys < 1) {
            throw Errors.of("ERR at least 1 input key is needed for '" + name + "' command");
        }
        if (numkeys > args.size() - numkeysIndex - 1) {
            throw Errors.syntax();
        }
        KeyScope scope = ctx.scope();
        Long dstId = store ? zsets.lockKeyAnyType(scope, args.get(1)) : null;
        int n = (int) numkeys;
        Long[] ids = new Long[n];
        int j = numkeysIndex + 1;
        for (int i = 0; i < n; i++, j++) {
            ids[i] = zsets.readKey(scope, args.get(j));
        }
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1.0);
        String aggregate = "sum";
        boolean withScores = false;
        long limit = 0;
        int remaining = args.size() - j;
        while (remaining > 0) {
            if (op != Op.DIFF && !cardinalityOnly && remaining >= n + 1 && args.is(j, "weights")) {
                j++;
                remaining--;
                for (int i = 0; i < n; i++, j++, remaining--) {
                    Double w = RedisNumbers.parseDoubleOrNull(args.get(j));
                    if (w == null) {
                        throw Errors.of("ERR weight value is not a float");
                    }
                    weights[i] = w;
                }
            } else if (op != Op.DIFF && !cardinalityOnly && remaining >= 2 && args.is(j, "aggregate")) {
                j++;
                if (args.is(j, "sum") || args.is(j, "min") || args.is(j, "max")) {
                    aggregate = args.keyword(j);
                } else {
                    throw Errors.syntax();
                }
                j++;
                remaining -= 2;
            } else if (!store && !cardinalityOnly && args.is(j, "withscores")) {
                j++;
                remaining--;
                withScores = true;
            } else if (cardinalityOnly && remaining >= 2 && args.is(j, "limit")) {
                Long l = RedisNumbers.parseLongOrNull(args.get(j + 1));
                if (l == null || l < 0) {
                    throw Errors.of("ERR LIMIT can't be negative");
                }
                limit = l;
                j += 2;
                remaining -= 2;
            } else {
                throw Errors.syntax();
            }
        }
        List<Source> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<ZEntry> entries = ids[i] == null ? List.of() : zsets.all(scope, ids[i]);
            Map<String, Double> byMember = new HashMap<>();
            for (ZEntry e : entries) {
                byMember.put(hex(e.member()), e.score());
            }
            sources.add(new Source(entries, byMember, new double[] {weights[i]}, i));
        }
        List<ZEntry> result = combine(sources, aggregate);
        if (cardinalityOnly) {
            long card = result.size();
            return Replies.integer(limit > 0 ? Math.min(limit, card) : card);
        }
        if (store) {
            ZStore.replace(zsets, scope, args.get(1), dstId, result);
            return Replies.integer(result.size());
        }
        return ZReplies.entries(result, withScores);
    }

    private List<ZEntry> combine(List<Source> sources, String aggregate) {
        List<ZEntry> out = new ArrayList<>();
        if (op == Op.DIFF) {
            Source first = sources.get(0);
            for (ZEntry e : first.entries()) {
                String id = hex(e.member());
                boolean elsewhere = false;
                for (int i = 1; i < sources.size() && !elsewhere; i++) {
                    elsewhere = sources.get(i).byMember().containsKey(id);
                }
                if (!elsewhere) {
                    out.add(e);
                }
            }
            out.sort(ZEntry.ORDER);
            return out;
        }
        List<Source> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingInt(s -> s.entries().size()));
        if (op == Op.INTER) {
            if (sorted.get(0).entries().isEmpty()) {
                return out;
            }
            Source smallest = sorted.get(0);
            for (ZEntry e : smallest.entries()) {
                String id = hex(e.member());
                double score = weighted(smallest.weight()[0], e.score());
                boolean all = true;
                for (int i = 1; i < sorted.size(); i++) {
                    Double other = sorted.get(i).byMember().get(id);
                    if (other == null) {
                        all = false;
                        break;
                    }
                    score = aggregate(score, weighted(sorted.get(i).weight()[0], other), aggregate);
                }
                if (all) {
                    out.add(new ZEntry(e.member(), score));
                }
            }
        } else {
            Map<String, ZEntry> acc = new LinkedHashMap<>();
            for (Source s : sorted) {
                for (ZEntry e : s.entries()) {
                    String id = hex(e.member());
                    double score = weighted(s.weight()[0], e.score());
                    ZEntry prev = acc.get(id);
                    acc.put(id, new ZEntry(e.member(), prev == null ? score : aggregate(prev.score(), score, aggregate)));
                }
            }
            out.addAll(acc.values());
        }
        out.sort(ZEntry.ORDER);
        return out;
    }

    private static double weighted(double weight, double score) {
        double v = weight * score;
        return Double.isNaN(v) ? 0.0 : v;
    }

    private static double aggregate(double target, double value, String aggregate) {
        switch (aggregate) {
            case "min":
                return value < target ? value : target;
            case "max":
                return value > target ? value : target;
            default:
                double s = target + value;
                return Double.isNaN(s) ? 0.0 : s;
        }
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }

}
