package com.acme.tavus.adapter.web.security;

import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Spring Security's view of an API-token request. Before authentication it holds only the presented
 * token; afterwards only the {@link Caller} (the token is dropped, so it cannot leak through the
 * security context, a log line or a heap dump of a long-lived object).
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final transient Caller caller;
    private transient String presentedToken;

    private ApiTokenAuthentication(String presentedToken) {
        super(List.of());
        this.presentedToken = presentedToken;
        this.caller = null;
        setAuthenticated(false);
    }

    private ApiTokenAuthentication(Caller caller) {
        super(authorities(caller));
        this.caller = caller;
        this.presentedToken = null;
        setAuthenticated(true);
    }

    static ApiTokenAuthentication unauthenticated(String presentedToken) {
        return new ApiTokenAuthentication(presentedToken);
    }

    static ApiTokenAuthentication authenticated(Caller caller) {
        return new ApiTokenAuthentication(caller);
    }

    /** {@code SCOPE_read}, {@code SCOPE_write}, ...: one authority per scope of the caller. */
    static String authority(Scope scope) {
        return "SCOPE_" + scope.name().toLowerCase(Locale.ROOT);
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        return caller.scopes().stream()
                .sorted()
                .<GrantedAuthority>map(scope -> new SimpleGrantedAuthority(authority(scope)))
                .toList();
    }

    String presentedToken() {
        return presentedToken;
    }

    @Override
    public Object getCredentials() {
        return presentedToken;
    }

    /** The {@link Caller} once authenticated; controllers receive it via {@code @AuthenticationPrincipal}. */
    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller == null ? "" : caller.actor().name();
    }

    @Override
    public void eraseCredentials() {
        presentedToken = null;
        super.eraseCredentials();
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "ApiTokenAuthentication[caller=" + getName() + ", authenticated=" + isAuthenticated()
                + ", authorities=" + getAuthorities() + "]";
    }
}
