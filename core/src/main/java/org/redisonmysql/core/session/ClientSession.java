package org.redisonmysql.core.session;

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
}
