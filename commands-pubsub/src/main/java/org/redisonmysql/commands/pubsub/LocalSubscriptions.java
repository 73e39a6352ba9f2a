package org.redisonmysql.commands.pubsub;

import com.google.inject.Singleton;
import org.redisonmysql.core.session.ClientSession;
import org.redisonmysql.core.util.GlobPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's subscribers, in memory: same-instance delivery needs no database, and the
 * instance's own counts for PUBLISH and PUBSUB come from here (other instances' from MySQL).
 */
@Singleton
final class LocalSubscriptions {
    /** A name within a tenant and kind. */
    record Name(String tenant, Kind kind, Bytes name) {
    }

    private final Map<Long, Subscriber> bySession = new ConcurrentHashMap<>();
    private final Map<Name, Set<Subscriber>> byName = new ConcurrentHashMap<>();
    /** Patterns per tenant with their compiled matcher, so a publish scans only its tenant's patterns. */
    private final Map<String, Map<Bytes, GlobPattern>> patterns = new ConcurrentHashMap<>();

    Subscriber subscriber(ClientSession session) {
        return bySession.computeIfAbsent(session.id(), id -> new Subscriber(session, session.tenant()));
    }

    Subscriber existing(ClientSession session) {
        return bySession.get(session.id());
    }

    /** Adds; true when the session was not subscribed to it yet. */
    boolean add(Subscriber s, Kind kind, byte[] name) {
        Bytes b = new Bytes(name);
        if (!s.add(kind, b)) {
            return false;
        }
        byName.compute(new Name(s.tenant, kind, b), (k, set) -> {
            Set<Subscriber> out = set == null ? ConcurrentHashMap.newKeySet() : set;
            out.add(s);
            return out;
        });
        if (kind == Kind.PATTERN) {
            patterns.computeIfAbsent(s.tenant, t -> new ConcurrentHashMap<>()).computeIfAbsent(b, p -> new GlobPattern(name));
        }
        return true;
    }

    boolean remove(Subscriber s, Kind kind, byte[] name) {
        Bytes b = new Bytes(name);
        if (!s.remove(kind, b)) {
            return false;
        }
        byName.computeIfPresent(new Name(s.tenant, kind, b), (k, set) -> {
            set.remove(s);
            if (set.isEmpty()) {
                if (kind == Kind.PATTERN) {
                    Map<Bytes, GlobPattern> tenantPatterns = patterns.get(s.tenant);
                    if (tenantPatterns != null) {
                        tenantPatterns.remove(b);
                    }
                }
                return null;
            }
            return set;
        });
        return true;
    }

    void forget(ClientSession session) {
        bySession.remove(session.id());
    }

    int count(String tenant, Kind kind, byte[] name) {
        Set<Subscriber> set = byName.get(new Name(tenant, kind, new Bytes(name)));
        return set == null ? 0 : set.size();
    }

    /** Active names of a tenant and kind (channels with at least one subscriber, or patterns). */
    List<byte[]> names(String tenant, Kind kind) {
        List<byte[]> out = new ArrayList<>();
        for (Map.Entry<Name, Set<Subscriber>> e : byName.entrySet()) {
            if (e.getKey().tenant().equals(tenant) && e.getKey().kind() == kind && !e.getValue().isEmpty()) {
                out.add(e.getKey().name().value());
            }
        }
        return out;
    }

    /**
     * Delivers a published message to this instance's matching subscribers, except {@code skip}
     * (the publisher itself, which puts its own frame in its reply to keep Redis's order).
     * Returns how many clients received it, {@code skip} included when it matched.
     */
    int deliver(String tenant, Kind kind, byte[] channel, byte[] payload, ClientSession skip, List<org.redisonmysql.core.resp.Reply> toSkip) {
        int receivers = 0;
        Set<Subscriber> direct = byName.get(new Name(tenant, kind, new Bytes(channel)));
        if (direct != null && !direct.isEmpty()) {
            org.redisonmysql.core.resp.Reply frame = Frames.message(kind, channel, payload);
            for (Subscriber s : direct) {
                receivers++;
                send(s, frame, skip, toSkip);
            }
        }
        if (kind == Kind.CHANNEL) {
            Map<Bytes, GlobPattern> tenantPatterns = patterns.get(tenant);
            if (tenantPatterns != null) {
                for (Map.Entry<Bytes, GlobPattern> p : tenantPatterns.entrySet()) {
                    if (!p.getValue().matches(channel)) {
                        continue;
                    }
                    Set<Subscriber> subs = byName.get(new Name(tenant, Kind.PATTERN, p.getKey()));
                    if (subs == null) {
                        continue;
                    }
                    org.redisonmysql.core.resp.Reply frame = Frames.pmessage(p.getKey().value(), channel, payload);
                    for (Subscriber s : subs) {
                        receivers++;
                        send(s, frame, skip, toSkip);
                    }
                }
            }
        }
        return receivers;
    }

    private static void send(Subscriber s, org.redisonmysql.core.resp.Reply frame, ClientSession skip,
            List<org.redisonmysql.core.resp.Reply> toSkip) {
        if (skip != null && s.session.id() == skip.id()) {
            toSkip.add(frame);
        } else {
            s.session.push(frame);
        }
    }

    /** Counts per (tenant, kind, name) of this instance, for the heartbeat's resynchronisation. */
    Map<Name, Integer> counts() {
        Map<Name, Integer> out = new java.util.HashMap<>();
        byName.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v.size());
            }
        });
        return out;
    }

    boolean isEmpty() {
        return bySession.isEmpty();
    }
}
