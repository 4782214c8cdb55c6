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

    private final TavusCalls calls;

    public TavusHttpGuardrailsProvider(TavusCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Mono<Guardrails> create(GuardrailsDraft draft) {
        return calls.fetch(TavusOperation.GUARDRAILS_CREATE, COLLECTION,
                tavus -> tavus.post().uri("/guardrails")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(GuardrailsWire.toBody(draft)),
                GuardrailsWire.Response.class,
                GuardrailsWire::toDomain);
    }

    @Override
    public Mono<Guardrails> get(GuardrailsId id) {
        return calls.fetch(TavusOperation.GUARDRAILS_GET, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.get().uri("/guardrails/{id}", id.value()),
                GuardrailsWire.Response.class,
                GuardrailsWire::toDomain);
    }

    @Override
    public Mono<Page<Guardrails>> list(PageRequest page) {
        return calls.fetch(TavusOperation.GUARDRAILS_LIST, COLLECTION,
                tavus -> tavus.get().uri(uri -> uri.path("/guardrails")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .build()),
                PAGE,
                envelope -> envelope.toPage(GuardrailsWire::toDomain));
    }

    @Override
    public Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch) {
        return TavusPatches.send(calls, TavusOperation.GUARDRAILS_PATCH, "/guardrails/{id}", id.value(), patch,
                TavusTarget.item(RESOURCE, id.value()),
                body -> TavusPatches.objectWithId(body, "guardrails_id", GuardrailsWire.Response.class).map(GuardrailsWire::toDomain));
    }

    @Override
    public Mono<Void> delete(GuardrailsId id) {
        return calls.execute(TavusOperation.GUARDRAILS_DELETE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.delete().uri("/guardrails/{id}", id.value()));
    }
}
