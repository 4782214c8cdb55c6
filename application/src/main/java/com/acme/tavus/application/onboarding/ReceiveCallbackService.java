package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.domain.onboarding.CallbackEvent;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Checks a callback's signature, then hands it to the {@link CallbackLedger}, which stores it and
 * applies its {@link CallbackEvent effect} in one transaction, and finally tells live watchers.
 *
 * <p>Redeliveries are recognised by a dedup key of conversation, event type and Tavus's timestamp
 * (the payload hash when there is no timestamp), and by the payload hash itself.
 */
public final class ReceiveCallbackService implements ReceiveCallbackUseCase {

    private static final System.Logger LOG = System.getLogger(ReceiveCallbackService.class.getName());

    private final CallbackSigner signatures;
    private final CallbackLedger ledger;
    private final ConversationUpdates updates;
    private final IdGenerator ids;
    private final Clock clock;

    public ReceiveCallbackService(CallbackSigner signatures, CallbackLedger ledger, ConversationUpdates updates,
            IdGenerator ids, Clock clock) {
        this.signatures = signatures;
        this.ledger = ledger;
        this.updates = updates;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Mono<Outcome> receive(CallbackDelivery delivery) {
        return Mono.defer(() -> {
            var trackingId = authenticate(delivery);
            var callback = received(trackingId, delivery);
            var event = new CallbackEvent(callback.eventType(), callback.eventTimestamp(), properties(delivery.payload()));
            var now = clock.instant();
            return ledger.record(callback, current -> event.applyTo(current, now)).map(recorded -> {
                if (recorded.changed() != null) {
                    updates.publish(recorded.changed());
                }
                LOG.log(Level.DEBUG, "Callback {0} for conversation {1}: {2}", callback.eventType(),
                        callback.conversationId(), recorded.outcome().value());
                return recorded.outcome();
            });
        });
    }

    private UUID authenticate(CallbackDelivery delivery) {
        if (delivery.trackingId() == null || delivery.trackingId().isBlank()
                || delivery.signature() == null || delivery.signature().isBlank()) {
            LOG.log(Level.WARNING, "Rejected a callback without a tracking id or signature");
            throw new CallbackRejected("The callback URL is not signed");
        }
        if (!signatures.verify(delivery.trackingId(), delivery.signature())) {
            LOG.log(Level.WARNING, "Rejected a callback with a forged signature for tracking id {0}",
                    printable(delivery.trackingId()));
            throw new CallbackRejected("The callback signature is not valid");
        }
        try {
            return UUID.fromString(delivery.trackingId());
        } catch (IllegalArgumentException e) {
            // Only this platform signs, and it signs UUIDs; a signed non-UUID means a leaked key.
            throw new CallbackRejected("The callback tracking id is not valid");
        }
    }

    private ReceivedCallback received(UUID trackingId, CallbackDelivery delivery) {
        var payload = delivery.payload();
        if (payload == null) {
            throw new InvalidValueException("body", "must be a JSON object");
        }
        var eventType = requiredText(payload, "event_type");
        var conversationId = requiredText(payload, "conversation_id");
        var rawTimestamp = payload.get("timestamp") instanceof String s && !s.isBlank() ? s.strip() : null;
        var hash = sha256(delivery.rawBody());
        var dedupKey = conversationId + "|" + eventType + "|" + (rawTimestamp != null ? rawTimestamp : "sha256:" + hash);
        return new ReceivedCallback(ids.newId(), clock.instant(), trackingId, conversationId, eventType,
                TavusTimestamps.parse(rawTimestamp), dedupKey, hash, delivery.rawBody(),
                new CallbackEvent(eventType, null, Map.of()).isKnownType());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> payload) {
        return payload.get("properties") instanceof Map<?, ?> properties ? (Map<String, Object>) properties : Map.of();
    }

    private static String requiredText(Map<String, Object> payload, String field) {
        if (payload.get(field) instanceof String value && !value.isBlank()) {
            return value.strip();
        }
        throw new InvalidValueException(field, "is required");
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Log-safe: attacker-supplied, so cut short and stripped of control characters. */
    private static String printable(String value) {
        var cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
