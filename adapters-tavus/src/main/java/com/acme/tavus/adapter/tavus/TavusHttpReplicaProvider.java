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
import reactor.core.publisher.Mono;

/**
 * {@link ReplicaProvider} on the real Tavus API ({@code /v2/replicas}).
 *
 * <p>Calls go through {@link TavusCalls}. Tavus answers an unknown id with 400 {@code "Invalid
 * replica_id"}; {@link TavusErrors} turns that into a {@code NotFoundException}. Create and rename are
 * sent again only when the connection could not be opened: creating a replica queues a paid training
 * job each time.
 */
public final class TavusHttpReplicaProvider implements ReplicaProvider {

    private static final String RESOURCE = "replica";
    private static final TavusTarget REPLICAS = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<ReplicaResponse>> PAGE_OF_REPLICAS =
            new ParameterizedTypeReference<>() {};

    private final TavusCalls calls;
    private final ReplicaMapper mapper = ReplicaMapper.INSTANCE;

    public TavusHttpReplicaProvider(TavusCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Mono<Replica> create(ReplicaRequest request) {
        // Tavus documents status "started" on create; a new replica cannot be anything else.
        return calls.fetch(TavusOperation.REPLICA_CREATE, REPLICAS,
                tavus -> tavus.post().uri("/replicas")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(request)),
                ReplicaResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(ReplicaStatus.STARTED.value())));
    }

    @Override
    public Mono<Replica> get(ReplicaId id, boolean verbose) {
        return calls.fetch(TavusOperation.REPLICA_GET, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.get().uri(uri -> uri.path("/replicas/{id}")
                        .queryParamIfPresent("verbose", verbose ? Optional.of(true) : Optional.empty())
                        .build(id.value())),
                ReplicaResponse.class,
                mapper::toDomain);
    }

    @Override
    public Mono<Page<Replica>> list(ReplicaFilter filter) {
        var page = filter.page();
        var ids = filter.ids().isEmpty() ? Optional.<String>empty()
                : Optional.of(filter.ids().stream().map(ReplicaId::value).collect(Collectors.joining(",")));
        return calls.fetch(TavusOperation.REPLICA_LIST, REPLICAS,
                tavus -> tavus.get().uri(uri -> uri.path("/replicas")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .queryParamIfPresent("verbose", filter.verbose() ? Optional.of(true) : Optional.empty())
                        .queryParamIfPresent("replica_type", Optional.ofNullable(filter.type()).map(ReplicaType::value))
                        .queryParamIfPresent("replica_ids", ids)
                        .build()),
                PAGE_OF_REPLICAS,
                envelope -> envelope.toPage(mapper::toDomain));
    }

    @Override
    public Mono<Void> rename(ReplicaId id, ReplicaName name) {
        return calls.execute(TavusOperation.REPLICA_RENAME, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.patch().uri("/replicas/{id}/name", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(new RenameReplicaBody(name.value())));
    }

    @Override
    public Mono<Void> delete(ReplicaId id, boolean hard) {
        return calls.execute(TavusOperation.REPLICA_DELETE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.delete().uri(uri -> uri.path("/replicas/{id}")
                        .queryParamIfPresent("hard", hard ? Optional.of(true) : Optional.empty())
                        .build(id.value())));
    }
}
