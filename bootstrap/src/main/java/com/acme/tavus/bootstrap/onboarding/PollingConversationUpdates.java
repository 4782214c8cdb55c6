package com.acme.tavus.bootstrap.onboarding;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ConversationUpdates} for several instances on one database (ADR 0020): what this
 * instance applies arrives at once, through the in-process sink; what another instance applied
 * (a callback Tavus sent there, its reconciler) is found by re-reading the record every
 * {@code interval} while someone watches it. So a status stream never misses a change for longer
 * than one interval, whichever instance the load balancer sent the callback to, without a message
 * bus. The cost: one indexed read per open stream per interval (streams end with the call).
 *
 * <p>A re-read that fails (database down) is skipped; the next one tries again. A re-read that
 * finds nothing new emits nothing, and one older than a change already shown is dropped.
 */
public final class PollingConversationUpdates implements ConversationUpdates {

    private final ConversationUpdates local;
    private final ConversationRecords records;
    private final Duration interval;

    public PollingConversationUpdates(ConversationUpdates local, ConversationRecords records, Duration interval) {
        this.local = Objects.requireNonNull(local, "local");
        this.records = Objects.requireNonNull(records, "records");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, not " + interval);
        }
    }

    @Override
    public void publish(TrackedConversation changed) {
        local.publish(changed);
    }

    @Override
    public Flux<TrackedConversation> changesOf(ConversationId conversationId) {
        var stored = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> records.findByConversationId(conversationId)
                        .onErrorResume(error -> Mono.empty()), 0)
                .distinctUntilChanged();
        return Flux.defer(() -> {
            var latest = new AtomicReference<Instant>();
            return Flux.merge(local.changesOf(conversationId), stored)
                    .filter(changed -> notOlder(changed, latest));
        });
    }

    /**
     * Drops a re-read that started before a change this stream already showed and ended after it,
     * so a stream never steps back.
     */
    private static boolean notOlder(TrackedConversation changed, AtomicReference<Instant> latest) {
        var updatedAt = changed.updatedAt();
        if (updatedAt == null) {
            return true;
        }
        var seen = latest.get();
        if (seen != null && updatedAt.isBefore(seen)) {
            return false;
        }
        latest.set(updatedAt);
        return true;
    }
}
