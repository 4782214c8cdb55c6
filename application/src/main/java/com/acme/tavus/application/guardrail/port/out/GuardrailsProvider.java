package com.acme.tavus.application.guardrail.port.out;

import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;

/**
 * The video provider's guardrails sets. Implemented by the Tavus HTTP client and by the sandbox.
 * Failures are {@link com.acme.tavus.application.shared.ProviderException} or, for an unknown id,
 * {@link com.acme.tavus.application.shared.NotFoundException}.
 */
public interface GuardrailsProvider {

    Mono<Guardrails> create(GuardrailsDraft draft);

    Mono<Guardrails> get(GuardrailsId id);

    Mono<Page<Guardrails>> list(PageRequest page);

    /** Applies {@code patch} atomically; unchanged when it changes nothing, {@code Rejected} when it does not apply. */
    Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch);

    Mono<Void> delete(GuardrailsId id);
}
