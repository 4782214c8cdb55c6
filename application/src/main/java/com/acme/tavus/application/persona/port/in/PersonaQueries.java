package com.acme.tavus.application.persona.port.in;

import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/** Reads personas as Tavus reports them. */
public interface PersonaQueries {

    /** One persona; fails with {@code NotFoundException} for an unknown id. */
    Mono<Persona> get(PersonaId id);

    Mono<Page<Persona>> list(PersonaFilter filter);
}
