package com.acme.tavus.application.testing;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * The smallest believable replica provider: numbered user replicas that stay {@code started}, the
 * stock replica {@code re8e740a42} already trained, and one line per call in {@link #calls()}.
 */
public final class FakeReplicaProvider implements ReplicaProvider {

    public static final ReplicaId STOCK = ReplicaId.of("re8e740a42");

    private final Map<ReplicaId, Replica> replicas = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public FakeReplicaProvider() {
        replicas.put(STOCK, new Replica(STOCK, "Nathan", null, "100/100", ReplicaStatus.COMPLETED,
                "2025-01-01T00:00:00Z", null, null, ReplicaType.SYSTEM, Map.of()));
    }

    @Override
    public Mono<Replica> create(ReplicaRequest request) {
        return Mono.fromSupplier(() -> {
            calls.add("create");
            var id = ReplicaId.of("r" + sequence.incrementAndGet());
            var name = request.replicaName() == null ? null : request.replicaName().value();
            var replica = new Replica(id, name, null, "0/100", ReplicaStatus.STARTED, "2025-01-01T00:00:00Z",
                    null, null, ReplicaType.USER, Map.of());
            replicas.put(id, replica);
            return replica;
        });
    }

    @Override
    public Mono<Replica> get(ReplicaId id, boolean verbose) {
        return Mono.defer(() -> {
            calls.add("get " + id + " verbose=" + verbose);
            return Mono.justOrEmpty(replicas.get(id)).map(r -> verbose ? r : withoutType(r));
        }).switchIfEmpty(Mono.error(() -> new NotFoundException("replica", id.value())));
    }

    @Override
    public Mono<Page<Replica>> list(ReplicaFilter filter) {
        return Mono.fromSupplier(() -> {
            calls.add("list limit=" + filter.page().limit() + " page=" + filter.page().page()
                    + " verbose=" + filter.verbose() + " type=" + filter.type() + " ids=" + filter.ids());
            var matching = replicas.values().stream()
                    .filter(r -> filter.matches(r.id(), r.type()))
                    .map(r -> filter.verbose() ? r : withoutType(r))
                    .toList();
            return new Page<>(matching, matching.size());
        });
    }

    @Override
    public Mono<Void> rename(ReplicaId id, ReplicaName name) {
        return Mono.fromRunnable(() -> {
            calls.add("rename " + id + " to " + name);
            var renamed = replicas.computeIfPresent(id, (key, r) -> new Replica(r.id(), name.value(),
                    r.thumbnailVideoUrl(), r.trainingProgress(), r.status(), r.createdAt(), r.updatedAt(),
                    r.errorMessage(), r.type(), r.extraFields()));
            if (renamed == null) {
                throw new NotFoundException("replica", id.value());
            }
        });
    }

    @Override
    public Mono<Void> delete(ReplicaId id, boolean hard) {
        return Mono.fromRunnable(() -> {
            calls.add("delete " + id + " hard=" + hard);
            if (replicas.remove(id) == null) {
                throw new NotFoundException("replica", id.value());
            }
        });
    }

    /** One line per call, such as {@code rename r1 to Rio}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    private static Replica withoutType(Replica r) {
        return new Replica(r.id(), r.name(), r.thumbnailVideoUrl(), r.trainingProgress(), r.status(), r.createdAt(),
                r.updatedAt(), r.errorMessage(), null, r.extraFields());
    }
}
