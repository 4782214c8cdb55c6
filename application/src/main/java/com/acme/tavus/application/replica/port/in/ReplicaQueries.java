package com.acme.tavus.application.replica.port.in;

import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/** Reads replicas as Tavus reports them, training progress included. */
public interface ReplicaQueries {

    /** One replica; fails with {@code NotFoundException} for an unknown id. */
    Mono<Replica> get(ReplicaId id, boolean verbose);

    Mono<Page<Replica>> list(ReplicaFilter filter);
}
