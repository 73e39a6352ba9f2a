package org.redisonmysql.server;

import com.google.inject.AbstractModule;
import org.redisonmysql.core.blocking.Retrier;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.session.ClientSession;
import java.util.function.Function;
import org.redisonmysql.server.auth.Authenticator;
import org.redisonmysql.server.config.ServerConfig;
import org.redisonmysql.server.db.UserPools;
import org.redisonmysql.server.dispatch.CommandStats;
import org.redisonmysql.server.net.ConnectionRegistry;

/** Binds the server's shared objects, created by {@link RedisOnMySql}, for command handlers to inject. */
final class ServerModule extends AbstractModule {
    private final ServerState state;
    private final Authenticator authenticator;

    ServerModule(ServerState state, Authenticator authenticator) {
        this.state = state;
        this.authenticator = authenticator;
    }

    @Override
    protected void configure() {
        bind(ServerState.class).toInstance(state);
        bind(ServerConfig.class).toInstance(state.config());
        bind(ConnectionRegistry.class).toInstance(state.connections());
        bind(CommandStats.class).toInstance(state.stats());
        bind(UserPools.class).toInstance(state.pools());
        bind(Authenticator.class).toInstance(authenticator);
        // Blocked clients' retries run through the dispatcher, which exists once the injector has built the command table.
        bind(Retrier.class).toInstance(new Retrier() {
            @Override
            public <T> T inTransaction(ClientSession session, Function<CommandContext, T> work) {
                return state.dispatcher().runDetached(session, work);
            }
        });
    }
}
