package org.redisonmysql.server.auth;

import org.redisonmysql.core.error.Errors;
import org.redisonmysql.core.error.RedisException;
import org.redisonmysql.server.db.UserPool;
import org.redisonmysql.server.db.UserPools;
import org.redisonmysql.server.dispatch.DatabaseErrors;
import org.redisonmysql.server.net.ClientConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * AUTH and HELLO ... AUTH: the tenant from the username, the credentials checked by a real MySQL
 * login, the session bound to the user's pool. Never logs a password.
 */
public final class Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private final TenantResolver tenants;
    private final UserPools pools;

    public Authenticator(TenantResolver tenants, UserPools pools) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.pools = Objects.requireNonNull(pools, "pools");
    }

    /** Authenticates the session or throws the Redis error to answer. */
    public void authenticate(ClientConnection session, String user, String password) {
        Optional<String> tenant = tenants.tenantOf(user);
        if (tenant.isEmpty()) {
            LOG.info("AUTH rejected for user '{}': no tenant (auth.tenant_no_match=reject)", user);
            throw new RedisException(Errors.WRONGPASS);
        }
        UserPool pool;
        try {
            pool = pools.login(user, password);
        } catch (UserPools.LoginException e) {
            if (e.failure() == UserPools.LoginFailure.BAD_CREDENTIALS) {
                LOG.info("AUTH failed for user '{}'", user);
                throw new RedisException(Errors.WRONGPASS);
            }
            LOG.warn("AUTH for user '{}': {}", user, e.getMessage());
            throw new RedisException(DatabaseErrors.UNAVAILABLE);
        }
        session.authenticate(user, tenant.get(), pool);
    }

    /**
     * The single-argument form. Redis reads it as the default user's password; the original proxy
     * also accepts {@code user:password}, split at the last colon (tenant usernames contain one).
     */
    public void authenticateSingle(ClientConnection session, String argument) {
        int colon = argument.lastIndexOf(':');
        if (colon <= 0) {
            authenticate(session, "default", argument);
        } else {
            authenticate(session, argument.substring(0, colon), argument.substring(colon + 1));
        }
    }
}
