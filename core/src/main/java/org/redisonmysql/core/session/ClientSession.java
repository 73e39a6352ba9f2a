package org.redisonmysql.core.session;

import org.redisonmysql.core.resp.Reply;

/** The state of one client connection that command handlers may read or change. */
public interface ClientSession {
    long id();

    /** The tenant the authenticated user belongs to; every key and channel is scoped by it. */
    String tenant();

    /** The MySQL user name the client authenticated as. */
    String user();

    /** The selected logical database. */
    int db();

    void select(int db);

    /** How many logical databases exist (configured; 16 as in Redis). */
    int databases();

    /** 2 or 3, as chosen with HELLO. */
    int protocol();

    String name();

    void setName(String name);

    /** False once the client has disconnected (blocked commands drop their waits). */
    boolean isOpen();

    /** Runs {@code action} once when the connection closes (at once if it already has). */
    void onClose(Runnable action);

    /**
     * Sends an out-of-band message (Pub/Sub): a push in RESP3, an array in RESP2. Never blocks; a
     * client whose unsent pushes exceed {@code push_queue_len} is disconnected.
     */
    void push(Reply message);

    /** Channels and patterns this connection is subscribed to (Redis's subscribed mode when > 0). */
    int subscriptionCount();

    void setSubscriptionCount(int count);
}
