package com.acme.tavus.adapter.tavus.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class SandboxConversationProviderTest {

    private static final Instant START = Instant.parse("2025-05-13T06:42:58.291561Z");
    private static final ReplicaId NATHAN = ReplicaId.of(SandboxTavus.STOCK_REPLICA_ID);
    private static final PersonaId DJ = PersonaId.of(SandboxTavus.STOCK_PERSONA_ID);

    private MutableClock clock;
    private SandboxTavus tavus;
    private SandboxConversationProvider provider;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(START);
        tavus = new SandboxTavus(clock, new SandboxSettings("http://localhost:8080/sandbox/calls/"));
        provider = new SandboxConversationProvider(tavus);
    }

    /** Tests about counting and listing start from an account without the documentation example. */
    private void forgetTheDocumentationExample() {
        tavus.conversations().remove(SandboxTavus.EXAMPLE_CONVERSATION_ID);
    }

    @Test
    void aFreshSandbox_holdsTheDocumentationExamples_soSeedCurlsWorkVerbatim() {
        var created = create(request(ReplicaId.of(SandboxTavus.EXAMPLE_REPLICA_ID),
                PersonaId.of(SandboxTavus.EXAMPLE_PERSONA_ID)).build());
        assertThat(created.replicaId().value()).isEqualTo("r79e1c033f");

        StepVerifier.create(provider.end(ConversationId.of("c123456")))
                .verifyComplete();
        StepVerifier.create(provider.get(ConversationId.of("c123456"), false))
                .assertNext(c -> {
                    assertThat(c.status()).isEqualTo(ConversationStatus.ENDED);
                    assertThat(c.url()).isEqualTo("http://localhost:8080/sandbox/calls/c123456");
                })
                .verifyComplete();
    }

    @Test
    void create_returnsAnActiveConversationWithATavusShapedIdAndASandboxUrl() {
        var created = create(request(NATHAN, null).build());

        assertThat(created.id().value()).matches("c[0-9a-f]{11}");
        assertThat(created.status()).isEqualTo(ConversationStatus.ACTIVE);
        assertThat(created.url()).isEqualTo("http://localhost:8080/sandbox/calls/" + created.id().value());
        assertThat(created.meetingToken()).isNull();
        assertThat(created.extraFields()).isEmpty();
    }

    @Test
    void conversationUrls_nameThePlatformsAddressAsItIsWhenRead() {
        var address = new java.util.concurrent.atomic.AtomicReference<>("http://localhost:0/sandbox/calls");
        var lateProvider = new SandboxConversationProvider(
                new SandboxTavus(clock, new SandboxSettings(address::get)));
        address.set("http://localhost:41234/sandbox/calls/"); // the port is known once the server listens

        StepVerifier.create(lateProvider.get(ConversationId.of(SandboxTavus.EXAMPLE_CONVERSATION_ID), false))
                .assertNext(c -> assertThat(c.url()).isEqualTo("http://localhost:41234/sandbox/calls/c123456"))
                .verifyComplete();
        StepVerifier.create(lateProvider.create(request(NATHAN, null).build()))
                .assertNext(c -> assertThat(c.url()).startsWith("http://localhost:41234/sandbox/calls/c"))
                .verifyComplete();
    }

    @Test
    void create_echoesNameCallbackAndIdsWithTimestampsFromTheClock() {
        var created = create(request(NATHAN, DJ).name("Onboarding").callback("https://hooks.example/t").build());

        assertThat(created.name()).isEqualTo("Onboarding");
        assertThat(created.callbackUrl()).isEqualTo("https://hooks.example/t");
        assertThat(created.replicaId()).isEqualTo(NATHAN);
        assertThat(created.personaId()).isEqualTo(DJ);
        assertThat(created.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
        assertThat(created.updatedAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
    }

    @Test
    void create_idsAreUniqueAndRandom() {
        var ids = new HashSet<String>();
        for (var i = 0; i < 50; i++) {
            ids.add(create(request(NATHAN, null).build()).id().value());
        }

        assertThat(ids).hasSize(50);
    }

    @Test
    void create_concurrently_keepsEveryConversation() {
        forgetTheDocumentationExample();
        var ids = ConcurrentHashMap.<String>newKeySet();
        StepVerifier.create(Flux.range(0, 200)
                        .flatMap(i -> provider.create(request(NATHAN, null).build()).subscribeOn(Schedulers.parallel()))
                        .doOnNext(c -> ids.add(c.id().value())))
                .expectNextCount(200)
                .verifyComplete();

        assertThat(ids).hasSize(200);
        StepVerifier.create(provider.list(filter(100, 1, null)))
                .assertNext(page -> assertThat(page.totalCount()).isEqualTo(200))
                .verifyComplete();
    }

    @Test
    void create_inTestMode_isAlreadyEndedAndHasNoEvents() {
        var created = create(request(NATHAN, null).testMode().build());

        assertThat(created.status()).isEqualTo(ConversationStatus.ENDED);
        assertThat(events(get(created.id(), true))).isEmpty();
    }

    @Test
    void create_withRequireAuth_returnsAnOpaqueMeetingTokenOnlyOnCreate() {
        var first = create(request(NATHAN, null).requireAuth().build());
        var second = create(request(NATHAN, null).requireAuth().build());

        assertThat(first.meetingToken()).isNotBlank().hasSizeGreaterThanOrEqualTo(32);
        assertThat(second.meetingToken()).isNotEqualTo(first.meetingToken());
        assertThat(get(first.id(), true).meetingToken()).isNull(); // Tavus documents it on create only
    }

    @Test
    void create_withPersonaOnly_usesThePersonasDefaultReplica() {
        var created = create(request(null, DJ).build());

        assertThat(created.replicaId()).isEqualTo(NATHAN);
        assertThat(created.personaId()).isEqualTo(DJ);
        assertThat(get(created.id(), false).replicaId()).isEqualTo(NATHAN);
    }

    @Test
    void create_replicaInTheRequest_winsOverThePersonasDefault() {
        tavus.replicas().add("r0000000001", new SandboxReplica("r0000000001", "Mine", "completed", "user", "t"));

        var created = create(request(ReplicaId.of("r0000000001"), DJ).build());

        assertThat(created.replicaId().value()).isEqualTo("r0000000001");
    }

    @Test
    void create_withUnknownReplica_isRejectedLikeTavus() {
        StepVerifier.create(provider.create(request(ReplicaId.of("rdoesnotexist"), DJ).build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ProviderException.Rejected.class).hasMessage("Invalid replica_id");
                    assertThat(((ProviderException.Rejected) e).field()).contains("replica_id");
                })
                .verify();
    }

    @Test
    void create_withUntrainedReplica_isRejected() {
        tavus.replicas().add("rtraining01", new SandboxReplica("rtraining01", "Wip", "started", "user", "t"));

        StepVerifier.create(provider.create(request(ReplicaId.of("rtraining01"), null).build()))
                .expectErrorMatches(e -> e instanceof ProviderException.Rejected r && r.field().orElseThrow().equals("replica_id"))
                .verify();
    }

    @Test
    void create_withUnknownPersona_isRejectedLikeTavus() {
        StepVerifier.create(provider.create(request(NATHAN, PersonaId.of("pnope")).build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ProviderException.Rejected.class).hasMessage("Invalid persona_id");
                    assertThat(((ProviderException.Rejected) e).field()).contains("persona_id");
                })
                .verify();
    }

    @Test
    void create_personaWithoutDefaultReplicaAndNoReplica_isRejected() {
        forgetTheDocumentationExample();
        tavus.personas().add("pbare", new SandboxPersona("pbare", "Bare", null, "You are bare.", "t"));

        StepVerifier.create(provider.create(request(null, PersonaId.of("pbare")).build()))
                .expectErrorMatches(e -> e instanceof ProviderException.Rejected r && r.field().orElseThrow().equals("replica_id"))
                .verify();
        assertThat(tavus.conversations().newestFirst()).isEmpty();
    }

    @Test
    void create_isLazy() {
        forgetTheDocumentationExample();
        provider.create(request(NATHAN, null).build());

        assertThat(tavus.conversations().newestFirst()).isEmpty();
    }

    @Test
    void get_unknownId_isNotFound() {
        StepVerifier.create(provider.get(ConversationId.of("c00000000000"), false))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
                        .hasMessage("conversation c00000000000 was not found"))
                .verify();
    }

    @Test
    void get_verbose_reportsTheReplicaJoiningAtCreation() {
        var created = create(request(NATHAN, DJ).callback("https://hooks.example/t").build());

        assertThat(get(created.id(), false).extraFields()).isEmpty();
        assertThat(events(get(created.id(), true))).containsExactly(Map.of(
                "properties", Map.of("replica_id", NATHAN.value()),
                "conversation_id", created.id().value(),
                "webhook_url", "https://hooks.example/t",
                "event_type", "system.replica_joined",
                "message_type", "system",
                "timestamp", "2025-05-13T06:42:58.291561Z"));
    }

    @Test
    void end_marksItEndedAndAddsShutdownAndTranscriptEvents() {
        var created = create(request(null, DJ).greeting("Yo, welcome to the show!").build());
        clock.advance(Duration.ofMinutes(3));

        StepVerifier.create(provider.end(created.id())).verifyComplete();

        var ended = get(created.id(), true);
        assertThat(ended.status()).isEqualTo(ConversationStatus.ENDED);
        assertThat(ended.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
        assertThat(ended.updatedAt()).isEqualTo("2025-05-13T06:45:58.291561Z");
        var events = events(ended);
        assertThat(events).extracting(e -> e.get("event_type"))
                .containsExactly("system.replica_joined", "system.shutdown", "application.transcription_ready");
        var shutdown = events.get(1);
        assertThat(shutdown).containsEntry("message_type", "system")
                .containsEntry("timestamp", "2025-05-13T06:45:58.291561Z")
                .containsEntry("properties", Map.of("replica_id", NATHAN.value(),
                        "shutdown_reason", "end_conversation_endpoint_hit"))
                .doesNotContainKey("webhook_url");
        var transcriptReady = events.get(2);
        assertThat(transcriptReady).containsEntry("message_type", "application");
        @SuppressWarnings("unchecked")
        var transcript = (List<Map<String, Object>>) ((Map<String, Object>) transcriptReady.get("properties")).get("transcript");
        assertThat(transcript).isNotEmpty().allSatisfy(line -> {
            assertThat(line).containsOnlyKeys("role", "content");
            assertThat(line.get("role")).isIn("system", "user", "assistant");
        });
        assertThat(transcript.getFirst()).containsEntry("role", "system");
        assertThat(transcript.get(1)).isEqualTo(Map.of("role", "assistant", "content", "Yo, welcome to the show!"));
    }

    @Test
    void end_isIdempotent() {
        var created = create(request(NATHAN, null).build());
        StepVerifier.create(provider.end(created.id())).verifyComplete();
        var afterFirst = get(created.id(), true);
        clock.advance(Duration.ofMinutes(1));

        StepVerifier.create(provider.end(created.id())).verifyComplete();

        assertThat(get(created.id(), true)).isEqualTo(afterFirst);
    }

    @Test
    void end_testModeConversation_succeedsAndChangesNothing() {
        var created = create(request(NATHAN, null).testMode().build());

        StepVerifier.create(provider.end(created.id())).verifyComplete();

        assertThat(events(get(created.id(), true))).isEmpty();
    }

    @Test
    void end_unknownId_isNotFound() {
        StepVerifier.create(provider.end(ConversationId.of("cmissing")))
                .expectError(NotFoundException.class)
                .verify();
    }

    @Test
    void delete_removesItSoLaterCallsAreNotFound() {
        forgetTheDocumentationExample();
        var created = create(request(NATHAN, null).build());

        StepVerifier.create(provider.delete(created.id(), false)).verifyComplete();

        StepVerifier.create(provider.get(created.id(), false)).expectError(NotFoundException.class).verify();
        StepVerifier.create(provider.end(created.id())).expectError(NotFoundException.class).verify();
        StepVerifier.create(provider.delete(created.id(), true))
                .expectErrorSatisfies(e -> assertThat(((NotFoundException) e).resource()).isEqualTo("conversation"))
                .verify();
        StepVerifier.create(provider.list(filter(null, null, null)))
                .assertNext(page -> assertThat(page.totalCount()).isZero())
                .verifyComplete();
    }

    @Test
    void list_defaultsToTenNewestFirstWithTheTotal() {
        forgetTheDocumentationExample();
        var created = IntStream.range(0, 12)
                .mapToObj(i -> create(request(NATHAN, null).name("call " + i).build()))
                .toList();

        StepVerifier.create(provider.list(filter(null, null, null)))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isEqualTo(12);
                    assertThat(page.data()).hasSize(10);
                    assertThat(page.data()).extracting(Conversation::name)
                            .startsWith("call 11", "call 10").endsWith("call 2");
                    assertThat(page.data()).allSatisfy(c -> assertThat(c.extraFields()).isEmpty());
                })
                .verifyComplete();
        StepVerifier.create(provider.list(filter(null, 2, null)))
                .assertNext(page -> assertThat(page.data()).extracting(Conversation::id)
                        .containsExactly(created.get(1).id(), created.get(0).id()))
                .verifyComplete();
    }

    @Test
    void list_filtersByStatusAndCountsOnlyMatches() {
        forgetTheDocumentationExample();
        var a = create(request(NATHAN, null).name("a").build());
        create(request(NATHAN, null).name("b").build());
        create(request(NATHAN, null).name("c").testMode().build());
        StepVerifier.create(provider.end(a.id())).verifyComplete();

        StepVerifier.create(provider.list(filter(1, 1, ConversationStatus.ENDED)))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isEqualTo(2);
                    assertThat(page.data()).extracting(Conversation::name).containsExactly("c");
                })
                .verifyComplete();
        StepVerifier.create(provider.list(filter(null, null, ConversationStatus.ACTIVE)))
                .assertNext(page -> assertThat(page.data()).extracting(Conversation::name).containsExactly("b"))
                .verifyComplete();
    }

    @Test
    void list_pageBeyondTheEnd_isEmptyButKeepsTheTotal() {
        forgetTheDocumentationExample();
        create(request(NATHAN, null).build());

        StepVerifier.create(provider.list(filter(10, 5, null)))
                .assertNext(page -> {
                    assertThat(page.data()).isEmpty();
                    assertThat(page.totalCount()).isEqualTo(1);
                })
                .verifyComplete();
    }

    private Conversation create(ConversationRequest request) {
        return await(provider.create(request));
    }

    private Conversation get(ConversationId id, boolean verbose) {
        return await(provider.get(id, verbose));
    }

    private static <T> T await(Mono<T> mono) {
        var result = new Object[1];
        StepVerifier.create(mono).consumeNextWith(value -> result[0] = value).verifyComplete();
        @SuppressWarnings("unchecked")
        var typed = (T) result[0];
        return typed;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Conversation conversation) {
        return (List<Map<String, Object>>) conversation.extraFields().getOrDefault("events", List.of());
    }

    private static ConversationFilter filter(Integer limit, Integer page, ConversationStatus status) {
        return new ConversationFilter(new PageRequest(limit, page), status);
    }

    private static RequestBuilder request(ReplicaId replica, PersonaId persona) {
        return new RequestBuilder(replica, persona);
    }

    /** Just enough of a builder to keep the sixteen-argument constructor out of the tests. */
    private static final class RequestBuilder {
        private final ReplicaId replica;
        private final PersonaId persona;
        private String name;
        private String callback;
        private String greeting;
        private Boolean testMode;
        private Boolean requireAuth;

        RequestBuilder(ReplicaId replica, PersonaId persona) {
            this.replica = replica;
            this.persona = persona;
        }

        RequestBuilder name(String value) {
            name = value;
            return this;
        }

        RequestBuilder callback(String value) {
            callback = value;
            return this;
        }

        RequestBuilder greeting(String value) {
            greeting = value;
            return this;
        }

        RequestBuilder testMode() {
            testMode = true;
            return this;
        }

        RequestBuilder requireAuth() {
            requireAuth = true;
            return this;
        }

        ConversationRequest build() {
            return new ConversationRequest(replica, persona, callback, name, null, greeting, null, null, null, null,
                    testMode, requireAuth, null, null, null, Map.of());
        }
    }
}
