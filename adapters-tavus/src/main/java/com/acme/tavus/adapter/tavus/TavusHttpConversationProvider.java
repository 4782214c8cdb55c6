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
import reactor.core.publisher.Mono;

/**
 * {@link ConversationProvider} on the real Tavus API ({@code /v2/conversations}).
 *
 * <p>Calls go through {@link TavusCalls}, whose policy retries get, list, end and delete after
 * transient faults, but sends a create again only when the connection could not even be opened:
 * creating a conversation is not idempotent (each success is a billed room).
 */
public final class TavusHttpConversationProvider implements ConversationProvider {

    private static final String RESOURCE = "conversation";
    private static final TavusTarget CONVERSATIONS = TavusTarget.collection(RESOURCE);
    private static final ParameterizedTypeReference<TavusPage<ConversationResponse>> PAGE_OF_CONVERSATIONS =
            new ParameterizedTypeReference<>() {};

    private final TavusCalls calls;
    private final ConversationMapper mapper = ConversationMapper.INSTANCE;

    public TavusHttpConversationProvider(TavusCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Mono<Conversation> create(ConversationRequest request) {
        // Tavus documents status on create; if it is ever left out, test_mode is the only way a new
        // conversation starts ended.
        var assumedStatus = Boolean.TRUE.equals(request.testMode())
                ? ConversationStatus.ENDED.value() : ConversationStatus.ACTIVE.value();
        return calls.fetch(TavusOperation.CONVERSATION_CREATE, CONVERSATIONS,
                tavus -> tavus.post().uri("/conversations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(request)),
                ConversationResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(assumedStatus)));
    }

    @Override
    public Mono<Conversation> get(ConversationId id, boolean verbose) {
        return calls.fetch(TavusOperation.CONVERSATION_GET, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.get().uri(uri -> uri.path("/conversations/{id}")
                        .queryParamIfPresent("verbose", verbose ? Optional.of(true) : Optional.empty())
                        .build(id.value())),
                ConversationResponse.class,
                mapper::toDomain);
    }

    @Override
    public Mono<Page<Conversation>> list(ConversationFilter filter) {
        var page = filter.page();
        return calls.fetch(TavusOperation.CONVERSATION_LIST, CONVERSATIONS,
                tavus -> tavus.get().uri(uri -> uri.path("/conversations")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .queryParamIfPresent("status", Optional.ofNullable(filter.status()).map(ConversationStatus::value))
                        .build()),
                PAGE_OF_CONVERSATIONS,
                envelope -> envelope.toPage(mapper::toDomain));
    }

    @Override
    public Mono<Void> end(ConversationId id) {
        return calls.execute(TavusOperation.CONVERSATION_END, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.post().uri("/conversations/{id}/end", id.value()));
    }

    @Override
    public Mono<Void> delete(ConversationId id, boolean hard) {
        return calls.execute(TavusOperation.CONVERSATION_DELETE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.delete().uri(uri -> uri.path("/conversations/{id}")
                        .queryParamIfPresent("hard", hard ? Optional.of(true) : Optional.empty())
                        .build(id.value())));
    }
}
