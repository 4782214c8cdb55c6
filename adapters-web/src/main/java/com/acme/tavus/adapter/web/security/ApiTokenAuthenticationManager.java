package com.acme.tavus.adapter.web.security;

import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import reactor.core.publisher.Mono;

/**
 * Checks a presented token with the application's {@link AuthenticateCallerUseCase}. An unknown
 * token is a {@link BadCredentialsException} (answered 401); a failure of the check itself (say the
 * token store is down) becomes an {@link AuthenticationServiceException}, which is answered 503
 * instead of wrongly telling a valid client that its token is bad.
 */
final class ApiTokenAuthenticationManager implements ReactiveAuthenticationManager {

    /** Longer than any token the platform issues; longer values are rejected without hashing them. */
    static final int MAX_TOKEN_LENGTH = 512;

    private final AuthenticateCallerUseCase authenticateCaller;

    ApiTokenAuthenticationManager(AuthenticateCallerUseCase authenticateCaller) {
        this.authenticateCaller = authenticateCaller;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof ApiTokenAuthentication request) || request.presentedToken() == null) {
            return Mono.empty();
        }
        var token = request.presentedToken();
        request.eraseCredentials();
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Mono.error(new BadCredentialsException("Invalid API token"));
        }
        return Mono.defer(() -> authenticateCaller.authenticate(token))
                .<Authentication>map(ApiTokenAuthentication::authenticated)
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Invalid API token")))
                .onErrorMap(error -> !(error instanceof AuthenticationException),
                        error -> new AuthenticationServiceException("Could not check the API token", error));
    }
}
