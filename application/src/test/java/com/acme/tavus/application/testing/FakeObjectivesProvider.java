package com.acme.tavus.application.testing;

import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Objectives sets in memory, ids o1, o2, ...; see {@link FakeSetProvider}. */
public final class FakeObjectivesProvider extends FakeSetProvider<Objectives, ObjectivesDraft, ObjectivesId>
        implements ObjectivesProvider {

    public FakeObjectivesProvider() {
        super("objectives", "o");
    }

    @Override
    Objectives created(String id, ObjectivesDraft draft) {
        var data = draft.objectives().stream()
                .map(o -> Map.<String, Object>of("objective_name", o.name(), "objective_prompt", o.prompt()))
                .toList();
        return new Objectives(ObjectivesId.of(id), draft.objectives().getFirst().name(), "active", data,
                "2025-01-01T00:00:00Z", null, Map.of());
    }

    @Override
    String idOf(ObjectivesId id) {
        return id.value();
    }

    @Override
    public Mono<Objectives> create(ObjectivesDraft draft) {
        return doCreate(draft);
    }

    @Override
    public Mono<Objectives> get(ObjectivesId id) {
        return doGet(id);
    }

    @Override
    public Mono<Page<Objectives>> list(PageRequest page) {
        return doList();
    }

    @Override
    public Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch) {
        return doPatch(id, patch);
    }

    @Override
    public Mono<Void> delete(ObjectivesId id) {
        return doDelete(id);
    }
}
