package com.acme.tavus.application.replica;

import com.acme.tavus.application.replica.port.in.ManageReplicasUseCase;
import com.acme.tavus.application.replica.port.in.ReplicaQueries;
import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.Page;
import java.lang.System.Logger.Level;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Replicas live only on the provider, so every operation goes straight to it. Changes are logged
 * with the acting caller once the provider accepted them: the platform keeps no replica table, and
 * the log is the trail of who started (paid) training or deleted a replica for good.
 */
public final class ReplicaService implements ManageReplicasUseCase, ReplicaQueries {

    private static final System.Logger LOG = System.getLogger(ReplicaService.class.getName());

    private final ReplicaProvider provider;

    public ReplicaService(ReplicaProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public Mono<Replica> create(ReplicaRequest request, Actor actor) {
        return provider.create(request).doOnNext(created -> LOG.log(Level.INFO,
                "Replica {0} training started by {1}", created.id().value(), actor.name()));
    }

    @Override
    public Mono<Void> rename(ReplicaId id, ReplicaName name, Actor actor) {
        return provider.rename(id, name).doOnSuccess(done -> LOG.log(Level.INFO,
                "Replica {0} renamed by {1}", id.value(), actor.name()));
    }

    @Override
    public Mono<Void> delete(ReplicaId id, boolean hard, Actor actor) {
        return provider.delete(id, hard).doOnSuccess(done -> LOG.log(Level.INFO,
                "Replica {0} deleted (hard={1}) by {2}", id.value(), hard, actor.name()));
    }

    @Override
    public Mono<Replica> get(ReplicaId id, boolean verbose) {
        return provider.get(id, verbose);
    }

    @Override
    public Mono<Page<Replica>> list(ReplicaFilter filter) {
        return provider.list(filter);
    }
}
