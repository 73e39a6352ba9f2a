package org.redisonmysql.core.resp;

import java.util.concurrent.CompletableFuture;

/**
 * A reply that is not known yet (a blocking command waiting for data). The connection stops
 * running that client's next commands until the future completes, then writes the reply it
 * completes with, as Redis does for a blocked client. Complete it exactly once; completing it
 * exceptionally answers a generic error.
 */
public final class DeferredReply implements Reply {
    private final CompletableFuture<Reply> future;

    public DeferredReply(CompletableFuture<Reply> future) {
        this.future = future;
    }

    public CompletableFuture<Reply> future() {
        return future;
    }

    @Override
    public void writeTo(RespWriter out) {
        throw new IllegalStateException("a deferred reply is written once its future completes");
    }
}
