package com.acme.tavus.application.guardrail;

import com.acme.tavus.application.guardrail.port.in.ManageGuardrailsUseCase;
import com.acme.tavus.application.guardrail.port.in.GuardrailsQueries;
import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;
import java.util.Objects;

/** Guardrails sets live only on Tavus, so every use case is a straight call to the provider. */
public final class GuardrailsService implements ManageGuardrailsUseCase, GuardrailsQueries {

    private final GuardrailsProvider provider;

    public GuardrailsService(GuardrailsProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public Mono<Guardrails> create(GuardrailsDraft draft) {
        return provider.create(draft);
    }

    @Override
    public Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch) {
        return provider.patch(id, patch);
    }

    @Override
    public Mono<Void> delete(GuardrailsId id) {
        return provider.delete(id);
    }

    @Override
    public Mono<Guardrails> get(GuardrailsId id) {
        return provider.get(id);
    }

    @Override
    public Mono<Page<Guardrails>> list(PageRequest page) {
        return provider.list(page);
    }
}
