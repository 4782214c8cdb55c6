package com.acme.tavus.application.idempotency.port.in;

import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.RequestFingerprint;
import com.acme.tavus.domain.idempotency.StoredResponse;
import com.acme.tavus.domain.shared.Actor;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Serves a create request at most once per caller and key.
 *
 * <ul>
 *   <li>First request under the key: claims it, runs {@code action} and, when the answer is a
 *       success, remembers it for the key's lifetime; any other answer or a failure frees the key.
 *   <li>The same request again (same caller, key and fingerprint): answered with the remembered
 *       response, {@code replayed = true}, without running {@code action}. If the first is still
 *       being served, waits for it (bounded), then replays its answer, or serves the request itself
 *       if the first one freed the key.
 *   <li>A different request under the key: fails with
 *       {@link com.acme.tavus.application.idempotency.IdempotencyKeyReused}.
 *   <li>Still in progress after the wait: fails with
 *       {@link com.acme.tavus.application.idempotency.IdempotencyKeyInUse}.
 * </ul>
 */
public interface HandleIdempotentRequestUseCase {

    /**
     * @param action serves the request and emits its answer; subscribed at most once, and only by
     *     the request that holds the claim
     */
    Mono<Outcome> handle(IdempotentRequest request, Supplier<Mono<StoredResponse>> action);

    /**
     * @param caller who sent the request; keys are scoped to it
     * @param fingerprint what was asked (method, route, canonical body)
     */
    record IdempotentRequest(Actor caller, IdempotencyKey key, RequestFingerprint fingerprint) {
        public IdempotentRequest {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * @param response the answer to send
     * @param replayed true when it is a remembered answer to an earlier request (not served now)
     */
    record Outcome(StoredResponse response, boolean replayed) {
        public Outcome {
            Objects.requireNonNull(response, "response");
        }
    }
}
