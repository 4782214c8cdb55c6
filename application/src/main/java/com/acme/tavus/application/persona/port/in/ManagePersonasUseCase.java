package com.acme.tavus.application.persona.port.in;

import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;

/** Use case: create, patch (RFC 6902) and delete personas on Tavus. */
public interface ManagePersonasUseCase {

    Mono<Persona> create(PersonaDraft draft);

    /** Fails with {@code NotFoundException} for an unknown id, {@code ProviderException.Rejected} for a patch that does not apply. */
    Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch);

    /** Conversations can no longer be started with a deleted persona. */
    Mono<Void> delete(PersonaId id);
}
