package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.Page;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * {@link ReplicaProvider} on the {@link SandboxTavus} simulator. It mirrors what callers can observe
 * of Tavus, with training shortened from hours to {@link #TRAINING_TIME} so a demo sees it finish:
 * <ul>
 *   <li>ids are {@code r} plus 10 lowercase hex digits; a new replica is {@code started} with
 *       {@code training_progress} {@code "0/100"}, moves forward with the sandbox clock, and reads
 *       {@code completed} and {@code "100/100"} once {@link #TRAINING_TIME} has passed (only then can
 *       a conversation use it);
 *   <li>an unknown id is a {@code NotFoundException}; {@code replica_type} is reported only by
 *       verbose reads;
 *   <li>Tavus's stock ({@code system}) replicas belong to Tavus, not the account: renaming or
 *       deleting one is rejected with 400 {@code "Invalid replica_id: ..."}, as the account cannot
 *       change them;
 *   <li>delete removes the replica whether or not {@code hard} is set (nothing else is observable),
 *       after which new conversations reject it with {@code "Invalid replica_id"};
 *   <li>lists are newest first, 10 per page by default, pages counted from 1.
 * </ul>
 */
public final class SandboxReplicaProvider implements ReplicaProvider {

    /** How long simulated training takes: long enough to watch it progress, short enough for a demo. */
    static final Duration TRAINING_TIME = Duration.ofSeconds(30);

    private static final String RESOURCE = "replica";
    private static final int DEFAULT_LIMIT = 10;
    private static final int ID_HEX_DIGITS = 10;
    static final String STOCK_REPLICA_IS_READ_ONLY = "Invalid replica_id: stock (system) replicas cannot be changed";

    private final SandboxTavus tavus;

    public SandboxReplicaProvider(SandboxTavus tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Replica> create(ReplicaRequest request) {
        return Mono.fromCallable(() -> {
            requireDownloadable(request.trainVideoUrl());
            var replicas = tavus.replicas();
            var name = request.replicaName() == null ? null : request.replicaName().value();
            var now = tavus.instant(); // one instant, so updated_at on completion is exactly created_at + TRAINING_TIME
            SandboxReplica replica;
            do { // two concurrent creates may draw the same free id; the loser draws again
                var id = tavus.newId("r", ID_HEX_DIGITS, replicas::contains);
                replica = SandboxReplica.training(id, name, SandboxTavus.format(now), now, TRAINING_TIME, null);
            } while (!replicas.add(replica.id(), replica));
            return toDomain(replica, false);
        });
    }

    @Override
    public Mono<Replica> get(ReplicaId id, boolean verbose) {
        return Mono.fromCallable(() -> toDomain(find(id), verbose));
    }

    @Override
    public Mono<Page<Replica>> list(ReplicaFilter filter) {
        return Mono.fromCallable(() -> {
            var limit = filter.page().limitOr(DEFAULT_LIMIT);
            var page = filter.page().pageOr(1);
            var matching = tavus.replicas().newestFirst().stream()
                    .filter(r -> filter.matches(ReplicaId.of(r.id()), ReplicaType.of(r.type())))
                    .toList();
            var items = matching.stream()
                    .skip((long) (page - 1) * limit)
                    .limit(limit)
                    .map(r -> toDomain(r, filter.verbose()))
                    .toList();
            return new Page<>(items, matching.size());
        });
    }

    @Override
    public Mono<Void> rename(ReplicaId id, ReplicaName name) {
        return Mono.<Void>fromRunnable(() -> {
            requireOwnedByTheAccount(find(id));
            var at = tavus.now();
            tavus.replicas().update(id.value(), r -> r.renamed(name.value(), at))
                    .orElseThrow(() -> new NotFoundException(RESOURCE, id.value()));
        });
    }

    @Override
    public Mono<Void> delete(ReplicaId id, boolean hard) {
        // Soft and hard delete look the same from outside: the replica is gone.
        return Mono.<Void>fromRunnable(() -> {
            requireOwnedByTheAccount(find(id));
            if (!tavus.replicas().remove(id.value())) {
                throw new NotFoundException(RESOURCE, id.value());
            }
        });
    }

    private SandboxReplica find(ReplicaId id) {
        return tavus.replicas().find(id.value()).orElseThrow(() -> new NotFoundException(RESOURCE, id.value()));
    }

    private static void requireOwnedByTheAccount(SandboxReplica replica) {
        if (replica.isSystem()) {
            throw new ProviderException.Rejected(STOCK_REPLICA_IS_READ_ONLY, "replica_id");
        }
    }

    /** Tavus downloads the footage itself; the sandbox checks only what Tavus would check at once. */
    private static void requireDownloadable(String url) {
        var lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://"))) {
            throw new ProviderException.Rejected("Invalid train_video_url", "train_video_url");
        }
    }

    private Replica toDomain(SandboxReplica r, boolean verbose) {
        return new Replica(ReplicaId.of(r.id()), r.name(), r.thumbnailVideoUrl(), r.trainingProgress(tavus.instant()),
                ReplicaStatus.of(r.status()), r.createdAt(), r.updatedAt(), null,
                verbose ? ReplicaType.of(r.type()) : null, Map.of());
    }
}
