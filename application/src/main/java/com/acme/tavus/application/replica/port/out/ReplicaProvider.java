package com.acme.tavus.application.replica.port.out;

import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/**
 * The video provider's replicas: trains, reads, renames and deletes them. Implemented by the Tavus
 * HTTP client and by the in-process sandbox.
 *
 * <p>Failures are signalled as {@link com.acme.tavus.application.shared.ProviderException} or, for
 * an id the provider does not know, {@link com.acme.tavus.application.shared.NotFoundException}.
 * Every call with an id (get, rename, delete) signals {@code NotFoundException} for an unknown one.
 *
 * <p>The behaviour is spelled out as tests in {@code ReplicaProviderContract} (application
 * test-jar); an implementation proves itself by extending it.
 */
public interface ReplicaProvider {

    /**
     * Starts training a replica. Not idempotent: every success queues a new training job. The
     * answer carries at least the new id and status {@code started}.
     */
    Mono<Replica> create(ReplicaRequest request);

    /** One replica; {@code verbose} adds its {@code replica_type}. */
    Mono<Replica> get(ReplicaId id, boolean verbose);

    /**
     * One page of replicas: pages count from 1, a page holds at most the limit, every page reports
     * the same total, and walking the pages meets every replica once. The order is the provider's.
     */
    Mono<Page<Replica>> list(ReplicaFilter filter);

    /** Gives the replica a new name. */
    Mono<Void> rename(ReplicaId id, ReplicaName name);

    /**
     * Deletes the replica; {@code hard} also removes its training footage for good. Conversations
     * held with it stay; new ones can no longer use it. Either way the id is unknown afterwards.
     */
    Mono<Void> delete(ReplicaId id, boolean hard);
}
