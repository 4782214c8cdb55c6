package com.acme.tavus.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.in.StartConversationUseCase.StartConversationCommand;
import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.FakeConversationProvider;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.RecordingConversationUpdates;
import com.acme.tavus.domain.conversation.CallProperties;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ConversationLifecycleServicesTest {

    private final FakeConversationProvider provider = new FakeConversationProvider();
    private final InMemoryConversationRecords records = new InMemoryConversationRecords();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final AtomicLong idSequence = new AtomicLong();
    private final RecordingConversationUpdates changes = new RecordingConversationUpdates();
    private final TrackingCallbacks platformCallbacks =
            trackingId -> Optional.of("https://platform.example/api/v1/tavus/callback?t=" + trackingId + "&sig=SECRET");
    private final StartConversationService start = new StartConversationService(
            provider, records, platformCallbacks, () -> new UUID(0, idSequence.incrementAndGet()), clock);
    private final EndConversationService end = new EndConversationService(provider, records, changes, clock);
    private final DeleteConversationService delete = new DeleteConversationService(provider, records, changes, clock);
    private final Actor team = new Actor("team-a");

    @Test
    void start_recordsTheConversationAsCreatedByTheCaller() {
        var created = start.start(new StartConversationCommand(request("Kick-off"), team)).block();

        assertThat(records.all()).singleElement().satisfies(row -> {
            assertThat(row.conversationId()).isEqualTo(created.id());
            assertThat(row.status()).isEqualTo(TrackingStatus.CREATED);
            assertThat(row.createdBy()).isEqualTo("team-a");
            assertThat(row.conversationName()).isEqualTo("Kick-off");
            assertThat(row.replicaId()).isEqualTo(ReplicaId.of("re8e740a42"));
            assertThat(row.conversationUrl()).isEqualTo(created.url());
            assertThat(row.trackingId()).isNotEqualTo(row.id());
        });
    }

    @Test
    void start_withoutACallbackUrl_pointsTavusAtThePlatform_andAnswersItRedacted() {
        var created = start.start(new StartConversationCommand(request("Kick-off"), team)).block();

        var row = records.findByConversationId(created.id()).block();
        assertThat(provider.requests()).singleElement().satisfies(sent -> assertThat(sent.callbackUrl())
                .isEqualTo("https://platform.example/api/v1/tavus/callback?t=" + row.trackingId() + "&sig=SECRET"));
        assertThat(created.callbackUrl()).endsWith("&sig=redacted").doesNotContain("SECRET");
    }

    @Test
    void start_keepsTheCallersOwnCallbackUrl() {
        var own = request("Kick-off").withCallbackUrl("https://hooks.example/tavus");

        var created = start.start(new StartConversationCommand(own, team)).block();

        assertThat(provider.requests()).singleElement()
                .satisfies(sent -> assertThat(sent.callbackUrl()).isEqualTo("https://hooks.example/tavus"));
        assertThat(created.callbackUrl()).isEqualTo("https://hooks.example/tavus");
    }

    @Test
    void start_withNoPlatformCallbackOnOffer_sendsNone() {
        var service = new StartConversationService(provider, records, TrackingCallbacks.NONE, UUID::randomUUID, clock);

        service.start(new StartConversationCommand(request(null), team)).block();

        assertThat(provider.requests()).singleElement().satisfies(sent -> assertThat(sent.callbackUrl()).isNull());
    }

    @Test
    void start_stillAnswersWithTheConversation_whenRecordingFails() {
        var failingRecords = new InMemoryConversationRecords() {
            @Override
            public Mono<Void> add(TrackedConversation conversation) {
                return Mono.error(new IllegalStateException("database down"));
            }
        };
        var service = new StartConversationService(provider, failingRecords, TrackingCallbacks.NONE, UUID::randomUUID,
                clock);

        StepVerifier.create(service.start(new StartConversationCommand(request(null), team)))
                .assertNext(c -> assertThat(c.id().value()).startsWith("c"))
                .verifyComplete();
    }

    @Test
    void end_marksTheRecordCompletedWithItsDuration() {
        var created = start.start(new StartConversationCommand(request(null), team)).block();
        clock.advance(Duration.ofSeconds(95));

        end.end(created.id(), team).block();

        var row = records.findByConversationId(created.id()).block();
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.completedAt()).isEqualTo(clock.instant());
        assertThat(row.durationSeconds()).isEqualTo(95);
        assertThat(changes.published()).singleElement().isEqualTo(row);
    }

    @Test
    void end_twice_keepsTheFirstCompletion() {
        var created = start.start(new StartConversationCommand(request(null), team)).block();
        clock.advance(Duration.ofSeconds(10));
        end.end(created.id(), team).block();
        var firstCompletion = records.findByConversationId(created.id()).block().completedAt();
        clock.advance(Duration.ofSeconds(10));

        end.end(created.id(), team).block();

        assertThat(records.findByConversationId(created.id()).block().completedAt()).isEqualTo(firstCompletion);
        assertThat(changes.published()).as("nothing changed the second time").hasSize(1);
    }

    @Test
    void delete_marksTheRecordDeleted() {
        var created = start.start(new StartConversationCommand(request(null), team)).block();

        delete.delete(created.id(), true, team).block();

        assertThat(records.findByConversationId(created.id()).block().status()).isEqualTo(TrackingStatus.DELETED);
        assertThat(provider.calls()).containsExactly("create", "delete");
        assertThat(changes.published()).singleElement()
                .satisfies(published -> assertThat(published.status()).isEqualTo(TrackingStatus.DELETED));
    }

    @Test
    void end_ofAConversationThePlatformDidNotCreate_endsItOnTavusWithoutARecord() {
        var foreign = provider.create(request(null)).block();

        StepVerifier.create(end.end(foreign.id(), team)).verifyComplete();

        assertThat(records.all()).isEmpty();
        assertThat(changes.published()).isEmpty();
    }

    @Test
    void end_ofAnUnknownConversation_failsWithNotFound() {
        StepVerifier.create(end.end(ConversationId.of("cnope"), team)).verifyError(NotFoundException.class);
    }

    private static ConversationRequest request(String name) {
        return new ConversationRequest(ReplicaId.of("re8e740a42"), null, null, name, null, null, null, null,
                null, null, null, null, null, null, CallProperties.none(), Map.of());
    }
}
