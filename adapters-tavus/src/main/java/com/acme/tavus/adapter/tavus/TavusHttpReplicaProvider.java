package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.Page;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link ReplicaProvider} on the real Tavus API ({@code /v2/replicas}).
 *
 * <p>Expects a client from {@link TavusWebClients#create}. Tavus answers an unknown id with 400
 * {@code "Invalid replica_id"}; {@link TavusErrors} turns that into a {@code NotFoundException}.
 * Nothing is retried: creating a replica queues a paid training job each time.
 */
public final class TavusHttpReplicaProvider implements ReplicaProvider {

    private static final String RESOURCE = "replica";
    private static final TavusTarget REPLICAS = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<ReplicaResponse>> PAGE_OF_REPLICAS =
            new ParameterizedTypeReference<>() {};

    private final WebClient tavus;
    private final ReplicaMapper mapper = ReplicaMapper.INSTANCE;

    public TavusHttpReplicaProvider(WebClient tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Replica> create(ReplicaRequest request) {
        // Tavus documents status "started" on create; a new replica cannot be anything else.
        return Mono.defer(() -> TavusCalls.fetch(
                tavus.post().uri("/replicas")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(request)),
                ReplicaResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(ReplicaStatus.STARTED.value())),
                REPLICAS));
    }

    @Override
    public Mono<Replica> get(ReplicaId id, boolean verbose) {
        return TavusCalls.fetch(
                tavus.get().uri(uri -> uri.path("/replicas/{id}")
                        .queryParamIfPresent("verbose", verbose ? Optional.of(true) : Optional.empty())
                        .build(id.value())),
                ReplicaResponse.class,
                mapper::toDomain,
                TavusTarget.item(RESOURCE, id.value()));
    }

    @Override
    public Mono<Page<Replica>> list(ReplicaFilter filter) {
        var page = filter.page();
        var ids = filter.ids().isEmpty() ? Optional.<String>empty()
                : Optional.of(filter.ids().stream().map(ReplicaId::value).collect(Collectors.joining(",")));
        return TavusCalls.fetch(
                tavus.get().uri(uri -> uri.path("/replicas")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .queryParamIfPresent("verbose", filter.verbose() ? Optional.of(true) : Optional.empty())
                        .queryParamIfPresent("replica_type", Optional.ofNullable(filter.type()).map(ReplicaType::value))
                        .queryParamIfPresent("replica_ids", ids)
                        .build()),
                PAGE_OF_REPLICAS,
                envelope -> envelope.toPage(mapper::toDomain),
                REPLICAS);
    }

    @Override
    public Mono<Void> rename(ReplicaId id, ReplicaName name) {
        return Mono.defer(() -> TavusCalls.execute(
                tavus.patch().uri("/replicas/{id}/name", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(new RenameReplicaBody(name.value())),
                TavusTarget.item(RESOURCE, id.value())));
    }

    @Override
    public Mono<Void> delete(ReplicaId id, boolean hard) {
        return TavusCalls.execute(
                tavus.delete().uri(uri -> uri.path("/replicas/{id}")
                        .queryParamIfPresent("hard", hard ? Optional.of(true) : Optional.empty())
                        .build(id.value())),
                TavusTarget.item(RESOURCE, id.value()));
    }
}
