package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
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
 * {@link ObjectivesProvider} on the real Tavus API ({@code /v2/objectives}), following the stored docs'
 * set-based model (TAVUS_API §5): Tavus's newer per-item model is not supported. Tavus writes errors
 * here as {@code {"message": ...}}, which {@link TavusErrors} reads like any other.
 */
public final class TavusHttpObjectivesProvider implements ObjectivesProvider {

    private static final String RESOURCE = "objectives";
    private static final TavusTarget COLLECTION = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<ObjectivesWire.Response>> PAGE =
            new ParameterizedTypeReference<>() {};

    private final TavusCalls calls;

    public TavusHttpObjectivesProvider(TavusCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Mono<Objectives> create(ObjectivesDraft draft) {
        return calls.fetch(TavusOperation.OBJECTIVES_CREATE, COLLECTION,
                tavus -> tavus.post().uri("/objectives")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(ObjectivesWire.toBody(draft)),
                ObjectivesWire.Response.class,
                ObjectivesWire::toDomain);
    }

    @Override
    public Mono<Objectives> get(ObjectivesId id) {
        return calls.fetch(TavusOperation.OBJECTIVES_GET, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.get().uri("/objectives/{id}", id.value()),
                ObjectivesWire.Response.class,
                ObjectivesWire::toDomain);
    }

    @Override
    public Mono<Page<Objectives>> list(PageRequest page) {
        return calls.fetch(TavusOperation.OBJECTIVES_LIST, COLLECTION,
                tavus -> tavus.get().uri(uri -> uri.path("/objectives")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .build()),
                PAGE,
                envelope -> envelope.toPage(ObjectivesWire::toDomain));
    }

    @Override
    public Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch) {
        return TavusPatches.send(calls, TavusOperation.OBJECTIVES_PATCH, "/objectives/{id}", id.value(), patch,
                TavusTarget.item(RESOURCE, id.value()),
                body -> TavusPatches.objectWithId(body, "objectives_id", ObjectivesWire.Response.class).map(ObjectivesWire::toDomain));
    }

    @Override
    public Mono<Void> delete(ObjectivesId id) {
        return calls.execute(TavusOperation.OBJECTIVES_DELETE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.delete().uri("/objectives/{id}", id.value()));
    }
}
