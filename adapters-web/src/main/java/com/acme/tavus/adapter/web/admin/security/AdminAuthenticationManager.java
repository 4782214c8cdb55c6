package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.application.admin.AdminLoginRefused;
import com.acme.tavus.application.admin.port.in.AuthenticateAdminUseCase;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Checks the login form with {@link AuthenticateAdminUseCase}. A refusal becomes a
 * {@link BadCredentialsException} carrying the use case's message (safe to show: it never says which
 * check failed); a failure of the check itself becomes an {@link AuthenticationServiceException}.
 * Deliberately not a bean: the API's token manager is the application's only authentication manager
 * bean.
 */
final class AdminAuthenticationManager implements ReactiveAuthenticationManager {

    private final AuthenticateAdminUseCase authenticate;

    AdminAuthenticationManager(AuthenticateAdminUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken form)) {
            return Mono.empty();
        }
        var username = form.getName();
        var password = form.getCredentials() == null ? "" : form.getCredentials().toString();
        return Mono.defer(() -> authenticate.authenticate(username, password))
                .<Authentication>map(AdminAuthentication::new)
                .onErrorMap(AdminLoginRefused.class, refused -> new BadCredentialsException(refused.getMessage()))
                .onErrorMap(error -> !(error instanceof BadCredentialsException),
                        error -> new AuthenticationServiceException("The sign-in could not be checked", error));
    }
}
