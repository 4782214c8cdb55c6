package com.acme.tavus.application.persona.port.out;

import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;

/**
 * The video provider's personas. Implemented by the Tavus HTTP client and by the in-process sandbox.
 *
 * <p>Failures are signalled as {@link com.acme.tavus.application.shared.ProviderException} or, for
 * an id the provider does not know, {@link com.acme.tavus.application.shared.NotFoundException}.
 */
public interface PersonaProvider {

    Mono<Persona> create(PersonaDraft draft);

    Mono<Persona> get(PersonaId id);

    Mono<Page<Persona>> list(PersonaFilter filter);

    /**
     * Applies {@code patch} atomically. A patch whose {@code test} fails or whose paths do not fit
     * the persona is {@code Rejected}; one that changes nothing is {@link PatchResult#unchanged()}.
     */
    Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch);

    Mono<Void> delete(PersonaId id);
}
