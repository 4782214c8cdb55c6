package com.acme.tavus.application.objective.port.in;

import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PatchResult;
import reactor.core.publisher.Mono;

/** Use case: create, patch (RFC 6902) and delete objectives sets on Tavus. */
public interface ManageObjectivesUseCase {

    Mono<Objectives> create(ObjectivesDraft draft);

    Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch);

    Mono<Void> delete(ObjectivesId id);
}
