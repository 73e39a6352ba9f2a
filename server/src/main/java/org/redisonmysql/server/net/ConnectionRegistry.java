package org.redisonmysql.server.net;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live connections of this instance: ids, CLIENT LIST/KILL, the connection limit, and the
 * sweep that enforces read, write and idle timeouts.
 */
public final class ConnectionRegistry {
    private final Map<Long, Entry> connections = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong totalConnections = new AtomicLong();
    private final AtomicLong rejectedConnections = new AtomicLong();

    private record Entry(ClientConnection connection, RespDecoder decoder) {
    }

    public long nextId() {
        return nextId.getAndIncrement();
    }

    public void add(ClientConnection connection, RespDecoder decoder) {
        connections.put(connection.id(), new Entry(connection, decoder));
        totalConnections.incrementAndGet();
    }

    void remove(ClientConnection connection) {
        connections.remove(connection.id());
    }

    public int size() {
        return connections.size();
    }

    public void countRejected() {
        rejectedConnections.incrementAndGet();
    }

    public long totalConnections() {
        return totalConnections.get();
    }

    public long rejectedConnections() {
        return rejectedConnections.get();
    }

    public Collection<ClientConnection> all() {
        return Collections.unmodifiableCollection(connections.values().stream().map(Entry::connection).toList());
    }

    public ClientConnection byId(long id) {
        Entry e = connections.get(id);
        return e == null ? null : e.connection();
    }

    /** Closes connections past their read, write or idle timeout; run about once a second. */
    public void sweep(ConnectionSettings settings) {
        long now = System.nanoTime();
        for (Entry e : connections.values()) {
            ClientConnection c = e.connection();
            long partial = e.decoder().partialSince();
            if (settings.readTimeoutMs() > 0 && partial != 0
                    && now - partial > TimeUnit.MILLISECONDS.toNanos(settings.readTimeoutMs())) {
                c.kill();
                continue;
            }
            long unwritable = c.unwritableSinceNanos();
            if (settings.writeTimeoutMs() > 0 && unwritable != 0
                    && now - unwritable > TimeUnit.MILLISECONDS.toNanos(settings.writeTimeoutMs())) {
                c.kill();
                continue;
            }
            // A client whose replies wait for it to read is the write timeout's business, not idle.
            if (settings.idleTimeoutMs() > 0 && !c.busy() && unwritable == 0
                    && c.idleNanos() > TimeUnit.MILLISECONDS.toNanos(settings.idleTimeoutMs())) {
                c.kill();
            }
        }
    }
}
