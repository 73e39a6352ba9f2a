package org.redisonmysql.server.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the tenant from a username with the original proxy's rules: the regex's named group
 * {@code tenant} when it matches, else the no-match policy: {@code reject}, {@code username}
 * (the whole username) or a literal tenant id.
 */
public final class TenantResolver {
    private final Pattern regex;
    private final String noMatch;

    public TenantResolver(Pattern regex, String noMatch) {
        if (!regex.pattern().contains("(?<tenant>")) {
            throw new IllegalArgumentException("auth.tenant_regex must have a named group 'tenant'");
        }
        if (noMatch == null || noMatch.isEmpty()) {
            throw new IllegalArgumentException("auth.tenant_no_match must be reject, username or a tenant id");
        }
        this.regex = regex;
        this.noMatch = noMatch;
    }

    /** The tenant, or empty when the user must be rejected. */
    public Optional<String> tenantOf(String username) {
        Matcher m = regex.matcher(username);
        if (m.find() && m.group("tenant") != null && !m.group("tenant").isEmpty()) {
            return Optional.of(m.group("tenant"));
        }
        return switch (noMatch) {
            case "reject" -> Optional.empty();
            case "username" -> Optional.of(username);
            default -> Optional.of(noMatch);
        };
    }
}
