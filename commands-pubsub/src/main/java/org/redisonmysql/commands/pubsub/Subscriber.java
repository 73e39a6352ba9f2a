package org.redisonmysql.commands.pubsub;

import org.redisonmysql.core.session.ClientSession;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One connection's subscriptions. Guarded by its own monitor (commands and close may race). */
final class Subscriber {
    final ClientSession session;
    final String tenant;
    private final Map<Kind, Set<Bytes>> names = new EnumMap<>(Kind.class);

    Subscriber(ClientSession session, String tenant) {
        this.session = session;
        this.tenant = tenant;
        for (Kind k : Kind.values()) {
            names.put(k, new LinkedHashSet<>());
        }
    }

    synchronized boolean add(Kind kind, Bytes name) {
        return names.get(kind).add(name);
    }

    synchronized boolean remove(Kind kind, Bytes name) {
        return names.get(kind).remove(name);
    }

    synchronized Set<Bytes> snapshot(Kind kind) {
        return new LinkedHashSet<>(names.get(kind));
    }

    /** The count in subscribe/unsubscribe replies: Redis 7.0 counts channels + patterns, shard channels apart. */
    synchronized int replyCount(Kind kind) {
        return kind == Kind.SHARD ? names.get(Kind.SHARD).size()
                : names.get(Kind.CHANNEL).size() + names.get(Kind.PATTERN).size();
    }

    /** All three together: subscribed mode lasts while any remain. */
    synchronized int total() {
        return names.get(Kind.CHANNEL).size() + names.get(Kind.PATTERN).size() + names.get(Kind.SHARD).size();
    }
}
