package org.redisonmysql.server.dispatch;

import java.util.ArrayList;
import java.util.List;

/** A connection's MULTI block: the queued commands and whether a queueing error doomed it. */
public final class MultiState {
    /** A command accepted into the queue: its table entry and its arguments. */
    public record Queued(CommandTable.Entry entry, byte[][] argv) {
    }

    private final List<Queued> queue = new ArrayList<>();
    private boolean dirty;

    void add(CommandTable.Entry entry, byte[][] argv) {
        queue.add(new Queued(entry, argv));
    }

    public List<Queued> queued() {
        return queue;
    }

    /** A command was refused while queueing: EXEC will answer EXECABORT. */
    void markDirty() {
        dirty = true;
    }

    public boolean dirty() {
        return dirty;
    }
}
