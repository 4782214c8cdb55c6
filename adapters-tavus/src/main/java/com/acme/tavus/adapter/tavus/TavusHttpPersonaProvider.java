package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@link PersonaProvider} on the real Tavus API ({@code /v2/personas}).
 *
 * <p>The get-persona page shows the persona wrapped as {@code {"data": [persona]}} while other
 * answers are bare objects, so both are read. Patches go through {@link TavusPatches}, which turns
 * Tavus's 304 into an "unchanged" outcome.
 */
public final class TavusHttpPersonaProvider implements PersonaProvider {

    private static final String RESOURCE = "persona";
    private static final TavusTarget PERSONAS = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<PersonaResponse>> PAGE_OF_PERSONAS =
            new ParameterizedTypeReference<>() {};

    private final TavusCalls calls;
    private final PersonaMapper mapper = PersonaMapper.INSTANCE;

    public TavusHttpPersonaProvider(TavusCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Mono<Persona> create(PersonaDraft draft) {
        return calls.fetch(TavusOperation.PERSONA_CREATE, PERSONAS,
                tavus -> tavus.post().uri("/personas")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(draft)),
                PersonaResponse.class,
                mapper::toDomain);
    }

    @Override
    public Mono<Persona> get(PersonaId id) {
        return calls.fetch(TavusOperation.PERSONA_GET, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.get().uri("/personas/{id}", id.value()),
                JsonNode.class,
                body -> personaIn(body).map(mapper::toDomain)
                        .orElseThrow(() -> new IllegalStateException("no persona in the answer")));
    }

    @Override
    public Mono<Page<Persona>> list(PersonaFilter filter) {
        var page = filter.page();
        return calls.fetch(TavusOperation.PERSONA_LIST, PERSONAS,
                tavus -> tavus.get().uri(uri -> uri.path("/personas")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .queryParamIfPresent("persona_type", Optional.ofNullable(filter.personaType()))
                        .build()),
                PAGE_OF_PERSONAS,
                envelope -> envelope.toPage(mapper::toDomain));
    }

    @Override
    public Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch) {
        return TavusPatches.send(calls, TavusOperation.PERSONA_PATCH, "/personas/{id}", id.value(), patch,
                TavusTarget.item(RESOURCE, id.value()),
                body -> personaIn(body).map(mapper::toDomain));
    }

    @Override
    public Mono<Void> delete(PersonaId id) {
        return calls.execute(TavusOperation.PERSONA_DELETE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.delete().uri("/personas/{id}", id.value()));
    }

    /** The persona in a bare object, or in the first element of a {@code {"data": [...]}} wrapper. */
    private static Optional<PersonaResponse> personaIn(JsonNode body) {
        if (body == null || !body.isObject()) {
            return Optional.empty();
        }
        var candidate = body;
        if (!body.has("persona_id") && body.path("data").isArray() && !body.path("data").isEmpty()) {
            candidate = body.path("data").get(0);
        }
        return TavusPatches.objectWithId(candidate, "persona_id", PersonaResponse.class);
    }
}
