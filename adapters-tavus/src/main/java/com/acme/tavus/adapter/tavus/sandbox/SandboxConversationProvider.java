package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * {@link ConversationProvider} on the {@link SandboxTavus} simulator, for running the platform
 * without a Tavus account. It mirrors what callers can observe of Tavus:
 * <ul>
 *   <li>ids are {@code c} plus 11 lowercase hex digits; a conversation is {@code active} when
 *       created ({@code ended} at once with {@code test_mode}) and {@code ended} after end, which is
 *       idempotent;
 *   <li>a replica must exist and be trained, a persona must exist, and a persona's default replica
 *       is used when the request names none; the errors carry Tavus's own texts
 *       ({@code "Invalid replica_id"});
 *   <li>{@code require_auth} adds a meeting token to the create answer;
 *   <li>a verbose get returns the {@code events} Tavus would have sent to the callback URL:
 *       {@code system.replica_joined} on creation, then {@code system.shutdown} and
 *       {@code application.transcription_ready} once ended;
 *   <li>a call whose {@code max_call_duration} (default 3600 s) has passed is ended with reason
 *       {@code max_call_duration reached} the next time the sandbox is asked about conversations;
 *   <li>lists are newest first, 10 per page by default, pages counted from 1.
 * </ul>
 * No room exists behind a sandbox call: its URL points at {@link SandboxSettings#conversationUrlPrefix()}.
 *
 * <p>When a conversation has a {@code callback_url}, the same events are also sent there through
 * the {@link SandboxCallbackSender}, asynchronously: {@code system.replica_joined} after creation,
 * and {@code system.shutdown} then {@code application.transcription_ready} once it is ended.
 */
public final class SandboxConversationProvider implements ConversationProvider {

    private static final String RESOURCE = "conversation";
    private static final int DEFAULT_LIMIT = 10;
    private static final int ID_HEX_DIGITS = 11;
    static final String END_REASON = "end_conversation_endpoint_hit";
    static final String MAX_DURATION_REASON = "max_call_duration reached";

    private final SandboxTavus tavus;
    private final SandboxCallbackSender callbacks;

    public SandboxConversationProvider(SandboxTavus tavus) {
        this(tavus, SandboxCallbackSender.NONE);
    }

    public SandboxConversationProvider(SandboxTavus tavus, SandboxCallbackSender callbacks) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    }

    @Override
    public Mono<Conversation> create(ConversationRequest request) {
        return Mono.fromCallable(() -> {
            var replicaId = resolveReplica(request);
            var conversations = tavus.conversations();
            var now = tavus.now();
            var testMode = Boolean.TRUE.equals(request.testMode());
            var token = Boolean.TRUE.equals(request.requireAuth()) ? tavus.newToken() : null;
            SandboxConversation conversation;
            do { // two concurrent creates may draw the same free id; the loser draws again
                var id = tavus.newId("c", ID_HEX_DIGITS, conversations::contains);
                conversation = new SandboxConversation(id, request.conversationName(),
                        testMode ? SandboxConversation.ENDED : SandboxConversation.ACTIVE, request.callbackUrl(),
                        replicaId, request.personaId() == null ? null : request.personaId().value(), now, now,
                        token, request.customGreeting(), testMode ? List.of() : List.of(replicaJoined(id,
                                request.callbackUrl(), replicaId, now)), maxCallDuration(request));
            } while (!conversations.add(conversation.id(), conversation));
            sendCallbacks(conversation.callbackUrl(), conversation.events());
            return toDomain(conversation, false, true);
        });
    }

    @Override
    public Mono<Conversation> get(ConversationId id, boolean verbose) {
        return Mono.fromCallable(() -> {
            endOverdueCalls();
            return toDomain(find(id), verbose, false);
        });
    }

    @Override
    public Mono<Page<Conversation>> list(ConversationFilter filter) {
        return Mono.fromCallable(() -> {
            endOverdueCalls();
            var limit = filter.page().limitOr(DEFAULT_LIMIT);
            var page = filter.page().pageOr(1);
            var matching = tavus.conversations().newestFirst().stream()
                    .filter(c -> filter.status() == null || filter.status().value().equals(c.status()))
                    .toList();
            var items = matching.stream()
                    .skip((long) (page - 1) * limit)
                    .limit(limit)
                    .map(c -> toDomain(c, false, false))
                    .toList();
            return new Page<>(items, matching.size());
        });
    }

    @Override
    public Mono<Void> end(ConversationId id) {
        return Mono.<Void>fromRunnable(() -> {
            endOverdueCalls();
            endCall(id.value(), END_REASON).orElseThrow(() -> new NotFoundException(RESOURCE, id.value()));
        });
    }

    @Override
    public Mono<Void> delete(ConversationId id, boolean hard) {
        // Soft and hard delete look the same from outside: the conversation is gone.
        return Mono.<Void>fromRunnable(() -> {
            if (!tavus.conversations().remove(id.value())) {
                throw new NotFoundException(RESOURCE, id.value());
            }
        });
    }

    /**
     * Ends the call {@code id} (no-op when already ended) with {@code reason}, sending the end
     * callbacks. Empty when there is no such conversation.
     */
    private Optional<SandboxConversation> endCall(String id, String reason) {
        var now = tavus.now();
        var newEvents = new AtomicReference<List<Map<String, Object>>>(List.of());
        var ended = tavus.conversations().update(id, c -> {
            if (c.isEnded()) {
                return c;
            }
            var events = endEvents(c, now, reason);
            newEvents.set(events);
            return c.ended(now, events);
        });
        ended.ifPresent(c -> sendCallbacks(c.callbackUrl(), newEvents.get()));
        return ended;
    }

    /**
     * Ends the calls whose {@code max_call_duration} has passed, as Tavus would. Checked lazily,
     * whenever the sandbox is asked about conversations, so the simulator needs no timer.
     */
    private void endOverdueCalls() {
        var now = Instant.parse(tavus.now());
        tavus.conversations().newestFirst().stream()
                .filter(c -> c.isOverdue(now))
                .forEach(c -> endCall(c.id(), MAX_DURATION_REASON));
    }

    private static int maxCallDuration(ConversationRequest request) {
        var seconds = request.properties().maxCallDuration();
        return seconds != null ? seconds : SandboxConversation.DEFAULT_MAX_CALL_DURATION;
    }

    /** Only conversations with a callback URL get callbacks, and only for events that just happened. */
    private void sendCallbacks(String callbackUrl, List<Map<String, Object>> events) {
        if (callbackUrl != null && !events.isEmpty()) {
            callbacks.send(callbackUrl, events);
        }
    }

    /** The replica the call will use, checking every id the request names, as Tavus does. */
    private String resolveReplica(ConversationRequest request) {
        if (request.replicaId() != null
                && tavus.replicas().find(request.replicaId().value()).filter(SandboxReplica::isReady).isEmpty()) {
            throw new ProviderException.Rejected("Invalid replica_id", "replica_id");
        }
        SandboxPersona persona = null;
        if (request.personaId() != null) {
            persona = tavus.personas().find(request.personaId().value())
                    .orElseThrow(() -> new ProviderException.Rejected("Invalid persona_id", "persona_id"));
        }
        if (request.replicaId() != null) {
            return request.replicaId().value(); // a replica in the request wins over the persona's default
        }
        if (persona == null || persona.defaultReplicaId() == null) {
            throw new ProviderException.Rejected(
                    "replica_id is required: the persona has no default_replica_id", "replica_id");
        }
        if (tavus.replicas().find(persona.defaultReplicaId()).filter(SandboxReplica::isReady).isEmpty()) {
            throw new ProviderException.Rejected("Invalid replica_id: the persona's default replica is unavailable",
                    "replica_id");
        }
        return persona.defaultReplicaId();
    }

    private SandboxConversation find(ConversationId id) {
        return tavus.conversations().find(id.value())
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.value()));
    }

    /** Reported as soon as the call exists; in test mode the replica never joins, so there is none. */
    private static Map<String, Object> replicaJoined(String id, String callbackUrl, String replicaId, String at) {
        return event(id, callbackUrl, "system.replica_joined", "system", at, Map.of("replica_id", replicaId));
    }

    /** What Tavus reports once a call is ended through the API: the shutdown, then the transcript. */
    private List<Map<String, Object>> endEvents(SandboxConversation conversation, String at, String reason) {
        var shutdown = event(conversation.id(), conversation.callbackUrl(), "system.shutdown", "system", at,
                orderedMap("replica_id", conversation.replicaId(), "shutdown_reason", reason));
        var transcript = event(conversation.id(), conversation.callbackUrl(), "application.transcription_ready",
                "application", at, orderedMap("replica_id", conversation.replicaId(), "transcript",
                        transcript(conversation)));
        return List.of(shutdown, transcript);
    }

    private List<Map<String, Object>> transcript(SandboxConversation conversation) {
        var systemPrompt = conversation.personaId() == null ? null
                : tavus.personas().find(conversation.personaId()).map(SandboxPersona::systemPrompt).orElse(null);
        var greeting = conversation.greeting() != null && !conversation.greeting().isBlank()
                ? conversation.greeting() : "Hi there! Thanks for joining. How can I help you today?";
        var lines = new ArrayList<Map<String, Object>>();
        lines.add(line("system", systemPrompt != null ? systemPrompt : "You are a friendly, helpful assistant."));
        lines.add(line("assistant", greeting));
        lines.add(line("user", "Hi! I'm just trying out the sandbox."));
        lines.add(line("assistant", "Great, everything is working. Have a good day, goodbye!"));
        return List.copyOf(lines);
    }

    private static Map<String, Object> line(String role, String content) {
        return orderedMap("role", role, "content", content);
    }

    /** A payload shaped like Tavus's conversation callbacks (TAVUS_API.md §7.1). */
    private static Map<String, Object> event(String conversationId, String callbackUrl, String type,
            String messageType, String timestamp, Map<String, Object> properties) {
        var event = new LinkedHashMap<String, Object>();
        event.put("properties", properties);
        event.put("conversation_id", conversationId);
        if (callbackUrl != null) {
            event.put("webhook_url", callbackUrl);
        }
        event.put("event_type", type);
        event.put("message_type", messageType);
        event.put("timestamp", timestamp);
        return Collections.unmodifiableMap(event);
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        var map = new LinkedHashMap<String, Object>();
        map.put(k1, v1);
        map.put(k2, v2);
        return Collections.unmodifiableMap(map);
    }

    private Conversation toDomain(SandboxConversation c, boolean verbose, boolean withToken) {
        Map<String, Object> extra = verbose ? Map.of("events", c.events()) : Map.of();
        return new Conversation(ConversationId.of(c.id()), c.name(), tavus.settings().conversationUrl(c.id()),
                ConversationStatus.of(c.status()), c.callbackUrl(), ReplicaId.of(c.replicaId()),
                c.personaId() == null ? null : PersonaId.of(c.personaId()), c.createdAt(), c.updatedAt(),
                withToken ? c.meetingToken() : null, extra);
    }
}
