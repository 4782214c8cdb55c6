package com.acme.tavus.application.apitoken.port.in;

import com.acme.tavus.domain.apitoken.Caller;
import reactor.core.publisher.Mono;

/** Use case: turn the token a client presented into a {@link Caller}, or nothing when it is not valid. */
public interface AuthenticateCallerUseCase {

    /** Empty when the token is unknown; never errors for a bad token. */
    Mono<Caller> authenticate(String presentedToken);
}
