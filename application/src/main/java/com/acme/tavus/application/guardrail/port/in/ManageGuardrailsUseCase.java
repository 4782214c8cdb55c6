package com.acme.tavus.application.guardrail.port.in;

import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;

/** Use case: create, patch (RFC 6902) and delete guardrails sets on Tavus. */
public interface ManageGuardrailsUseCase {

    Mono<Guardrails> create(GuardrailsDraft draft);

    Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch);

    Mono<Void> delete(GuardrailsId id);
}
