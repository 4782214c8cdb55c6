package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.domain.admin.AdminUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in admin as kept in the session: only the account's id and username. Everything else
 * (flags, permissions) is read again on every request, so deactivating an account or changing its
 * permissions takes effect at once.
 */
final class AdminAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "ADMIN_SITE";

    private final UUID adminId;
    private final String username;

    AdminAuthentication(AdminUser admin) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.adminId = admin.id();
        this.username = admin.username();
        setAuthenticated(true);
    }

    UUID adminId() {
        return adminId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminAuthentication that && that.adminId.equals(adminId);
    }

    @Override
    public int hashCode() {
        return adminId.hashCode();
    }
}
