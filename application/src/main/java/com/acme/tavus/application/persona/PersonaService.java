package com.acme.tavus.application.persona;

import com.acme.tavus.application.persona.port.in.ManagePersonasUseCase;
import com.acme.tavus.application.persona.port.in.PersonaQueries;
import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Personas live only on Tavus: the platform keeps no records of them, so every use case is a
 * straight call to the provider. Inputs arrive already validated by their value types.
 */
public final class PersonaService implements ManagePersonasUseCase, PersonaQueries {

    private final PersonaProvider provider;

    public PersonaService(PersonaProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public Mono<Persona> create(PersonaDraft draft) {
        return provider.create(draft);
    }

    @Override
    public Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch) {
        return provider.patch(id, patch);
    }

    @Override
    public Mono<Void> delete(PersonaId id) {
        return provider.delete(id);
    }

    @Override
    public Mono<Persona> get(PersonaId id) {
        return provider.get(id);
    }

    @Override
    public Mono<Page<Persona>> list(PersonaFilter filter) {
        return provider.list(filter);
    }
}
