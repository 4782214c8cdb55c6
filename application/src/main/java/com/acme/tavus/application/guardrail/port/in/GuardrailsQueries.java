package com.acme.tavus.application.guardrail.port.in;

import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import reactor.core.publisher.Mono;

/** Reads guardrails sets as Tavus reports them. */
public interface GuardrailsQueries {

    /** One set; fails with {@code NotFoundException} for an unknown id. */
    Mono<Guardrails> get(GuardrailsId id);

    Mono<Page<Guardrails>> list(PageRequest page);
}
