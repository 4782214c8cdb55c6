package com.acme.tavus.application.replica.port.in;

import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.shared.Actor;
import reactor.core.publisher.Mono;

/**
 * Use case: change the account's replicas on Tavus. The acting caller is passed so every change can
 * be attributed (training is paid for, and deleting a replica cannot be undone).
 */
public interface ManageReplicasUseCase {

    /** Starts training; the replica answers {@code started} and completes hours later on Tavus. */
    Mono<Replica> create(ReplicaRequest request, Actor actor);

    /** Renames the replica; fails with {@code NotFoundException} for an unknown id. */
    Mono<Void> rename(ReplicaId id, ReplicaName name, Actor actor);

    /** Deletes the replica ({@code hard}: with its footage); fails with {@code NotFoundException} for an unknown id. */
    Mono<Void> delete(ReplicaId id, boolean hard, Actor actor);
}
