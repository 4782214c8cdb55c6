package com.acme.tavus.application.apitoken.port.in;

import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.TokenStatus;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of the database tokens. Nothing here ever carries a secret or a hash beyond the stored hint. */
public interface ApiTokenQueries {

    /** Every token, or only {@code team}'s when it is not null; newest first, revoked and expired included. */
    Flux<ApiTokenView> list(String team);

    /** One token; fails with {@code NotFoundException} when the id is unknown. */
    Mono<ApiTokenView> get(ApiTokenId id);

    /** A stored token and its status at the moment it was read. Holds no secret. */
    record ApiTokenView(ApiToken token, TokenStatus status) {

        public ApiTokenView {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(status, "status");
        }
    }
}
