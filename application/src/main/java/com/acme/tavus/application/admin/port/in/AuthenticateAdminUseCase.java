package com.acme.tavus.application.admin.port.in;

import com.acme.tavus.domain.admin.AdminUser;
import reactor.core.publisher.Mono;

/**
 * Signs an admin in: the account must exist, be active and staff, and the password must match.
 * Repeated failures for one username are throttled. Fails with
 * {@link com.acme.tavus.application.admin.AdminLoginRefused}, which never says which check failed.
 * On success the last-login time is recorded and an outdated password hash is upgraded.
 */
public interface AuthenticateAdminUseCase {

    Mono<AdminUser> authenticate(String username, String password);
}
