package com.acme.tavus.application.objective;

import com.acme.tavus.application.objective.port.in.ManageObjectivesUseCase;
import com.acme.tavus.application.objective.port.in.ObjectivesQueries;
import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;
import java.util.Objects;

/** Objectives sets live only on Tavus, so every use case is a straight call to the provider. */
public final class ObjectivesService implements ManageObjectivesUseCase, ObjectivesQueries {

    private final ObjectivesProvider provider;

    public ObjectivesService(ObjectivesProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public Mono<Objectives> create(ObjectivesDraft draft) {
        return provider.create(draft);
    }

    @Override
    public Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch) {
        return provider.patch(id, patch);
    }

    @Override
    public Mono<Void> delete(ObjectivesId id) {
        return provider.delete(id);
    }

    @Override
    public Mono<Objectives> get(ObjectivesId id) {
        return provider.get(id);
    }

    @Override
    public Mono<Page<Objectives>> list(PageRequest page) {
        return provider.list(page);
    }
}
