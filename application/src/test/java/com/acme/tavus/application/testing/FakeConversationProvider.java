package com.acme.tavus.application.testing;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/** The smallest believable provider: numbered ids, active until ended, forgotten when deleted. */
public final class FakeConversationProvider implements ConversationProvider {

    private final Map<ConversationId, Conversation> conversations = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<String> calls = new ArrayList<>();
    private final List<ConversationRequest> requests = new ArrayList<>();

    @Override
    public Mono<Conversation> create(ConversationRequest request) {
        return Mono.fromSupplier(() -> {
            calls.add("create");
            requests.add(request);
            var id = ConversationId.of("c" + sequence.incrementAndGet());
            var status = Boolean.TRUE.equals(request.testMode()) ? ConversationStatus.ENDED : ConversationStatus.ACTIVE;
            var conversation = new Conversation(id, request.conversationName(), "https://tavus.daily.co/" + id,
                    status, request.callbackUrl(), request.replicaId(), request.personaId(),
                    "2025-01-01T00:00:00Z", null, null, Map.of());
            conversations.put(id, conversation);
            return conversation;
        });
    }

    @Override
    public Mono<Conversation> get(ConversationId id, boolean verbose) {
        return Mono.defer(() -> Mono.justOrEmpty(conversations.get(id)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("conversation", id.value())));
    }

    @Override
    public Mono<Page<Conversation>> list(ConversationFilter filter) {
        return Mono.fromSupplier(() -> {
            var all = conversations.values().stream()
                    .filter(c -> filter.status() == null || c.status().equals(filter.status()))
                    .toList();
            return new Page<>(all, all.size());
        });
    }

    @Override
    public Mono<Void> end(ConversationId id) {
        return get(id, false).doOnNext(c -> {
            calls.add("end");
            conversations.put(id, new Conversation(c.id(), c.name(), c.url(), ConversationStatus.ENDED,
                    c.callbackUrl(), c.replicaId(), c.personaId(), c.createdAt(), c.updatedAt(), c.meetingToken(),
                    c.extraFields()));
        }).then();
    }

    @Override
    public Mono<Void> delete(ConversationId id, boolean hard) {
        return get(id, false).doOnNext(c -> {
            calls.add("delete");
            conversations.remove(id);
        }).then();
    }

    /** Replaces what the provider reports for {@code conversation}'s id (a verbose answer, an end). */
    public void put(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    /** Forgets a conversation, as Tavus does after a delete. */
    public void forget(ConversationId id) {
        conversations.remove(id);
    }

    public List<ConversationRequest> requests() {
        return List.copyOf(requests);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
