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
 * Every call with an id (get, patch, delete) signals {@code NotFoundException} for an unknown one.
 *
 * <p>The behaviour is spelled out as tests in {@code PersonaProviderContract} (application
 * test-jar); an implementation proves itself by extending it.
 */
public interface PersonaProvider {

    Mono<Persona> create(PersonaDraft draft);

    Mono<Persona> get(PersonaId id);

    /**
     * One page of personas: pages count from 1, a page holds at most the limit, every page reports
     * the same total, and walking the pages meets every persona once. The order is the provider's.
     */
    Mono<Page<Persona>> list(PersonaFilter filter);

    /**
     * Applies {@code patch} atomically. A patch whose {@code test} fails or whose paths do not fit
     * the persona is {@code Rejected} and changes nothing; one that changes nothing is
     * {@link PatchResult#unchanged()}.
     */
    Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch);

    /** Deletes the persona; the id is unknown afterwards. */
    Mono<Void> delete(PersonaId id);
}
