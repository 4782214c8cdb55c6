package com.acme.tavus.application.objective.port.out;

import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;

/**
 * The video provider's objectives sets. Implemented by the Tavus HTTP client and by the sandbox.
 * Failures are {@link com.acme.tavus.application.shared.ProviderException} or, for an unknown id,
 * {@link com.acme.tavus.application.shared.NotFoundException}.
 */
public interface ObjectivesProvider {

    Mono<Objectives> create(ObjectivesDraft draft);

    Mono<Objectives> get(ObjectivesId id);

    Mono<Page<Objectives>> list(PageRequest page);

    /** Applies {@code patch} atomically; unchanged when it changes nothing, {@code Rejected} when it does not apply. */
    Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch);

    Mono<Void> delete(ObjectivesId id);
}
