package com.acme.tavus.application.objective.port.in;

import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import reactor.core.publisher.Mono;

/** Reads objectives sets as Tavus reports them. */
public interface ObjectivesQueries {

    /** One set; fails with {@code NotFoundException} for an unknown id. */
    Mono<Objectives> get(ObjectivesId id);

    Mono<Page<Objectives>> list(PageRequest page);
}
