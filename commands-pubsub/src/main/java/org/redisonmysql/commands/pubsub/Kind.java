package org.redisonmysql.commands.pubsub;

/** The three subscription namespaces of Redis 7; {@link #code} is stored in MySQL. */
enum Kind {
    CHANNEL(0, "subscribe", "unsubscribe", "message"),
    PATTERN(1, "psubscribe", "punsubscribe", "pmessage"),
    SHARD(2, "ssubscribe", "sunsubscribe", "smessage");

    final byte code;
    final String subscribeVerb;
    final String unsubscribeVerb;
    final String messageVerb;

    Kind(int code, String subscribeVerb, String unsubscribeVerb, String messageVerb) {
        this.code = (byte) code;
        this.subscribeVerb = subscribeVerb;
        this.unsubscribeVerb = unsubscribeVerb;
        this.messageVerb = messageVerb;
    }

    static Kind ofCode(int code) {
        return values()[code];
    }
}
