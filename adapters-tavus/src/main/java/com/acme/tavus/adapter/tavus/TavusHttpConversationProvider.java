package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.shared.Page;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link ConversationProvider} on the real Tavus API ({@code /v2/conversations}).
 *
 * <p>Expects a client from {@link TavusWebClients#create}, which supplies the base URL, the API key
 * and the timeouts. Nothing is retried here: creating a conversation is not idempotent (each success
 * is a billed room), so retry policy belongs to the caller, which knows the operation.
 */
public final class TavusHttpConversationProvider implements ConversationProvider {

    private static final String RESOURCE = "conversation";
    private static final TavusTarget CONVERSATIONS = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<ConversationResponse>> PAGE_OF_CONVERSATIONS =
            new ParameterizedTypeReference<>() {};

    private final WebClient tavus;
    private final ConversationMapper mapper = ConversationMapper.INSTANCE;

    public TavusHttpConversationProvider(WebClient tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Conversation> create(ConversationRequest request) {
        // Tavus documents status on create; if it is ever left out, test_mode is the only way a new
        // conversation starts ended.
        var assumedStatus = Boolean.TRUE.equals(request.testMode())
                ? ConversationStatus.ENDED.value() : ConversationStatus.ACTIVE.value();
        return Mono.defer(() -> TavusCalls.fetch(
                tavus.post().uri("/conversations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(request)),
                ConversationResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(assumedStatus)),
                CONVERSATIONS));
    }

    @Override
    public Mono<Conversation> get(ConversationId id, boolean verbose) {
        return TavusCalls.fetch(
                tavus.get().uri(uri -> uri.path("/conversations/{id}")
                        .queryParamIfPresent("verbose", verbose ? Optional.of(true) : Optional.empty())
                        .build(id.value())),
                ConversationResponse.class,
                mapper::toDomain,
                TavusTarget.item(RESOURCE, id.value()));
    }

    @Override
    public Mono<Page<Conversation>> list(ConversationFilter filter) {
        var page = filter.page();
        return TavusCalls.fetch(
                tavus.get().uri(uri -> uri.path("/conversations")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .queryParamIfPresent("status", Optional.ofNullable(filter.status()).map(ConversationStatus::value))
                        .build()),
                PAGE_OF_CONVERSATIONS,
                envelope -> envelope.toPage(mapper::toDomain),
                CONVERSATIONS);
    }

    @Override
    public Mono<Void> end(ConversationId id) {
        return TavusCalls.execute(
                tavus.post().uri("/conversations/{id}/end", id.value()),
                TavusTarget.item(RESOURCE, id.value()));
    }

    @Override
    public Mono<Void> delete(ConversationId id, boolean hard) {
        return TavusCalls.execute(
                tavus.delete().uri(uri -> uri.path("/conversations/{id}")
                        .queryParamIfPresent("hard", hard ? Optional.of(true) : Optional.empty())
                        .build(id.value())),
                TavusTarget.item(RESOURCE, id.value()));
    }
}
