package org.redisonmysql.commands.zset;

import org.redisonmysql.core.resp.Reply;

import java.util.List;

/** Sorted-set reply shapes: members with scores flat in RESP2, as [member, score] pairs in RESP3. */
final class ZReplies {
    private ZReplies() {
    }

    static Reply entries(List<ZEntry> entries, boolean withScores) {
        return out -> {
            boolean pairs = withScores && out.resp3();
            out.arrayHeader(withScores && !pairs ? entries.size() * 2 : entries.size());
            for (ZEntry e : entries) {
                if (pairs) {
                    out.arrayHeader(2);
                }
                out.bulk(e.member());
                if (withScores) {
                    out.doubleValue(e.score());
                }
            }
        };
    }

    /** ZPOPMIN/ZPOPMAX without a count: one flat [member, score] in both protocols. */
    static Reply flat(List<ZEntry> entries) {
        return out -> {
            out.arrayHeader(entries.size() * 2);
            for (ZEntry e : entries) {
                out.bulk(e.member());
                out.doubleValue(e.score());
            }
        };
    }
}
