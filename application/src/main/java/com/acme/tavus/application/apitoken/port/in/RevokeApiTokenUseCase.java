package com.acme.tavus.application.apitoken.port.in;

import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries.ApiTokenView;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.shared.Actor;
import reactor.core.publisher.Mono;

/**
 * Use case: revoke a database token. Idempotent: revoking a revoked token answers it unchanged (the
 * first revocation's time and actor stand). Fails with {@code NotFoundException} for an unknown id.
 * The token stops working at once on this instance and within the token cache's lifetime (a few
 * seconds) on every other one.
 */
public interface RevokeApiTokenUseCase {

    Mono<ApiTokenView> revoke(ApiTokenId id, Actor by);
}
