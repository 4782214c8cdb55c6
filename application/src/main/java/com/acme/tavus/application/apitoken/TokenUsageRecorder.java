package com.acme.tavus.application.apitoken;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code last_used_at} of database tokens without touching the database on the request path.
 * Each authentication only notes the time in memory ({@link #record}, a map update); {@link #flush}
 * writes the latest use of every token seen since the previous flush in one batch. Whoever calls
 * {@link #flush} on a timer decides the precision of {@code last_used_at} and bounds the writes to
 * one batch per interval, however many requests arrive.
 *
 * <p>Uses noted after the last flush are lost when the process stops hard; {@code last_used_at} is
 * a hint for humans ("is this token still used?"), not an audit record.
 */
public final class TokenUsageRecorder {

    private final ApiTokenStore store;
    private final Map<ApiTokenId, Instant> pending = new ConcurrentHashMap<>();

    public TokenUsageRecorder(ApiTokenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Notes a use; never blocks, never fails. */
    public void record(ApiTokenId id, Instant at) {
        pending.merge(id, at, (known, next) -> next.isAfter(known) ? next : known);
    }

    /**
     * Writes the noted uses and forgets them; on failure they are noted again, to be written by the
     * next flush. Emits how many tokens were written (0 without a database call when none were used).
     */
    public Mono<Integer> flush() {
        return Mono.defer(() -> {
            var batch = new HashMap<ApiTokenId, Instant>();
            for (var id : pending.keySet()) {
                var at = pending.remove(id);
                if (at != null) {
                    batch.put(id, at);
                }
            }
            if (batch.isEmpty()) {
                return Mono.just(0);
            }
            return store.recordLastUse(batch)
                    .thenReturn(batch.size())
                    .doOnError(error -> batch.forEach(this::record));
        });
    }

    /** How many tokens have uses waiting for the next flush. */
    public int pendingCount() {
        return pending.size();
    }
}
