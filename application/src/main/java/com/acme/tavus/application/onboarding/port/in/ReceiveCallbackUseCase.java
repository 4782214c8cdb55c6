package com.acme.tavus.application.onboarding.port.in;

import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Takes in one conversation callback from Tavus.
 *
 * <ul>
 *   <li>Fails with {@code CallbackRejected} (nothing stored) unless {@code sig} is the platform's
 *       signature of {@code t}: Tavus does not sign callbacks, so the URL carries the proof.
 *   <li>Fails with {@code InvalidValueException} (nothing stored) for a body that is not a JSON
 *       object with an {@code event_type} and a {@code conversation_id}.
 *   <li>Otherwise stores the event raw and applies its effect in one transaction, exactly once: a
 *       redelivery is acknowledged as {@link Outcome#DUPLICATE} and changes nothing.
 * </ul>
 */
public interface ReceiveCallbackUseCase {

    Mono<Outcome> receive(CallbackDelivery delivery);

    /**
     * @param trackingId the {@code t} query parameter, as sent
     * @param signature the {@code sig} query parameter, as sent
     * @param rawBody the request body exactly as received, stored as is
     * @param payload the body parsed as a JSON object, or {@code null} when it is not one
     */
    record CallbackDelivery(String trackingId, String signature, String rawBody, Map<String, Object> payload) {}

    /** What became of an accepted callback; each is acknowledged to Tavus. */
    enum Outcome {
        /** Stored, and it changed the record. */
        APPLIED("applied"),
        /** Stored; the record already reflected it (an older state arriving late). */
        NO_CHANGE("no_change"),
        /** Stored for inspection; not an event type the platform acts on. */
        UNKNOWN_EVENT_TYPE("unknown_event_type"),
        /** Stored for inspection; no record matches both its tracking id and its conversation id. */
        UNKNOWN_CONVERSATION("unknown_conversation"),
        /** Already received once; not stored again. */
        DUPLICATE("duplicate");

        private final String value;

        Outcome(String value) {
            this.value = value;
        }

        /** As stored in {@code webhook_events.outcome}. */
        public String value() {
            return value;
        }
    }
}
