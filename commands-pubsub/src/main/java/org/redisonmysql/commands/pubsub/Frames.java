package org.redisonmysql.commands.pubsub;

import org.redisonmysql.core.resp.Replies;
import org.redisonmysql.core.resp.Reply;

import java.util.List;

/** Redis 7's Pub/Sub frames: pushes in RESP3, arrays in RESP2 ({@link Replies#push} does both). */
final class Frames {
    private Frames() {
    }

    static Reply confirmation(String verb, byte[] name, long count) {
        return Replies.push(List.of(Replies.bulk(verb), name == null ? Replies.NULL_BULK : Replies.bulk(name),
                Replies.integer(count)));
    }

    static Reply message(Kind kind, byte[] channel, byte[] payload) {
        return Replies.push(List.of(Replies.bulk(kind.messageVerb), Replies.bulk(channel), Replies.bulk(payload)));
    }

    static Reply pmessage(byte[] pattern, byte[] channel, byte[] payload) {
        return Replies.push(List.of(Replies.bulk("pmessage"), Replies.bulk(pattern), Replies.bulk(channel),
                Replies.bulk(payload)));
    }

    /** Several frames written back to back as one reply (SUBSCRIBE a b c answers three frames). */
    static Reply sequence(List<Reply> frames) {
        return out -> {
            for (Reply f : frames) {
                f.writeTo(out);
            }
        };
    }
}
