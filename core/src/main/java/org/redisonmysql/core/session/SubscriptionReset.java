package org.redisonmysql.core.session;

/**
 * Implemented by the Pub/Sub family so that RESET (a server command) can leave every channel,
 * pattern and shard channel without the server depending on the family's classes.
 */
public interface SubscriptionReset {
    /**
     * Drops all of the session's subscriptions, without sending any reply, and unregisters them
     * in MySQL with {@code dsl} before returning, so that no instance counts them after RESET.
     */
    void unsubscribeAll(ClientSession session, org.jooq.DSLContext dsl);
}
