package com.acme.tavus.bootstrap.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * A watcher on this instance sees changes another instance stored (the records are changed behind
 * the adapter's back, as another instance's callback would), within one poll interval.
 */
class PollingConversationUpdatesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(2);

    private final InMemoryConversationRecords records = new InMemoryConversationRecords();

    @Test
    void changesStoredByAnotherInstance_areSeenWithinOneInterval_andLocalOnesAtOnce_neverGoingBack() {
        var created = tracked("cpoll1");
        records.add(created).block();
        var joined = created.joined(T0.plusSeconds(10));
        var ended = joined.ended(T0.plusSeconds(70));

        StepVerifier.withVirtualTime(() -> {
                    var updates = new PollingConversationUpdates(new InProcessConversationUpdates(), records, POLL);
                    published = updates;
                    return updates.changesOf(created.conversationId()).map(c -> c.status().value()).take(3);
                })
                .expectSubscription()
                .expectNoEvent(POLL) // the first re-read finds the record as it was: still "created"
                .expectNext("created")
                .then(() -> records.update(joined).block()) // another instance applies a callback
                .thenAwait(POLL)
                .expectNext("active")
                .thenAwait(POLL.multipliedBy(3)) // nothing new: nothing emitted
                .then(() -> published.publish(ended)) // this instance applies the end: at once
                .expectNext("completed")
                .verifyComplete();
    }

    @Test
    void aReReadOlderThanALocalChange_isDropped() {
        var created = tracked("cpoll2");
        records.add(created).block();
        var joined = created.joined(T0.plusSeconds(10));

        StepVerifier.withVirtualTime(() -> {
                    var updates = new PollingConversationUpdates(new InProcessConversationUpdates(), records, POLL);
                    published = updates;
                    return updates.changesOf(created.conversationId()).map(c -> c.status().value());
                })
                .expectSubscription()
                .then(() -> published.publish(joined))
                .expectNext("active")
                .thenAwait(POLL.multipliedBy(2)) // the store still says "created", older than what was shown
                .expectNoEvent(POLL)
                .thenCancel()
                .verify();
        assertThat(records.findByConversationId(created.conversationId()).block().status().value())
                .isEqualTo("created");
    }

    /** The adapter under test, for publishing this instance's own changes into a running stream. */
    private PollingConversationUpdates published;

    private static TrackedConversation tracked(String id) {
        var conversation = new Conversation(ConversationId.of(id), null, "https://x/" + id, ConversationStatus.ACTIVE,
                null, null, PersonaId.of("p5317866"), null, null, null, Map.of());
        var request = new ConversationRequest(null, PersonaId.of("p5317866"), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        return TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), conversation, request,
                Participant.NONE, new Actor("test"), T0);
    }
}
