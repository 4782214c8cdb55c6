package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link GuardrailsProvider} on the real Tavus API ({@code /v2/guardrails}), following the stored docs'
 * set-based model (TAVUS_API §5): Tavus's newer per-item model is not supported. Tavus writes errors
 * here as {@code {"message": ...}}, which {@link TavusErrors} reads like any other.
 */
public final class TavusHttpGuardrailsProvider implements GuardrailsProvider {

    private static final String RESOURCE = "guardrails";
    private static final TavusTarget COLLECTION = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<GuardrailsWire.Response>> PAGE =
            new ParameterizedTypeReference<>() {};

    private final WebClient tavus;

    public TavusHttpGuardrailsProvider(WebClient tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Guardrails> create(GuardrailsDraft draft) {
        return Mono.defer(() -> TavusCalls.fetch(
                tavus.post().uri("/guardrails")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(GuardrailsWire.toBody(draft)),
                GuardrailsWire.Response.class,
                GuardrailsWire::toDomain,
                COLLECTION));
    }

    @Override
    public Mono<Guardrails> get(GuardrailsId id) {
        return TavusCalls.fetch(
                tavus.get().uri("/guardrails/{id}", id.value()),
                GuardrailsWire.Response.class,
                GuardrailsWire::toDomain,
                TavusTarget.item(RESOURCE, id.value()));
    }

    @Override
    public Mono<Page<Guardrails>> list(PageRequest page) {
        return TavusCalls.fetch(
                tavus.get().uri(uri -> uri.path("/guardrails")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .build()),
                PAGE,
                envelope -> envelope.toPage(GuardrailsWire::toDomain),
                COLLECTION);
    }

    @Override
    public Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch) {
        return TavusPatches.send(tavus, "/guardrails/{id}", id.value(), patch, TavusTarget.item(RESOURCE, id.value()),
                body -> TavusPatches.objectWithId(body, "guardrails_id", GuardrailsWire.Response.class).map(GuardrailsWire::toDomain));
    }

    @Override
    public Mono<Void> delete(GuardrailsId id) {
        return TavusCalls.execute(
                tavus.delete().uri("/guardrails/{id}", id.value()),
                TavusTarget.item(RESOURCE, id.value()));
    }
}
