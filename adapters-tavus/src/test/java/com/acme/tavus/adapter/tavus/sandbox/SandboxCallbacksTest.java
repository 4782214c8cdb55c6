package com.acme.tavus.adapter.tavus.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.persona.PersonaId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class SandboxCallbacksTest {

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SandboxTavus tavus = new SandboxTavus(clock,
            new SandboxSettings("http://localhost:8080/sandbox/calls"));
    private final SandboxConversationProvider provider =
            new SandboxConversationProvider(tavus, (url, payloads) -> deliveries.add(new Delivery(url, payloads)));

    private record Delivery(String url, List<Map<String, Object>> payloads) {
        List<Object> types() {
            return payloads.stream().map(p -> p.get("event_type")).toList();
        }
    }

    private static ConversationRequest request(String callbackUrl, Boolean testMode) {
        return new ConversationRequest(null, PersonaId.of(SandboxTavus.STOCK_PERSONA_ID), callbackUrl, "Onboarding",
                null, "Hi Ada!", null, null, null, null, testMode, null, null, null, null, null);
    }

    @Test
    void create_withCallbackUrl_sendsReplicaJoined_andEnd_sendsShutdownThenTranscript() {
        var created = provider.create(request("https://platform/cb?t=1&sig=2", null)).block();
        provider.end(created.id()).block();
        provider.end(created.id()).block();

        assertThat(deliveries).hasSize(2).allSatisfy(d -> assertThat(d.url()).isEqualTo("https://platform/cb?t=1&sig=2"));
        assertThat(deliveries.get(0).types()).containsExactly("system.replica_joined");
        assertThat(deliveries.get(1).types()).containsExactly("system.shutdown", "application.transcription_ready");
        var shutdown = deliveries.get(1).payloads().get(0);
        assertThat(shutdown).containsEntry("conversation_id", created.id().value());
        assertThat(shutdown.get("properties")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("shutdown_reason", "end_conversation_endpoint_hit");
        var transcript = (List<?>) ((Map<?, ?>) deliveries.get(1).payloads().get(1).get("properties")).get("transcript");
        assertThat(transcript).isNotEmpty();
    }

    @Test
    void maxCallDurationPassed_endsTheCallWithItsReasonWhenNextAskedAndSendsTheEndCallbacks() {
        var created = provider.create(new ConversationRequest(null, PersonaId.of(SandboxTavus.STOCK_PERSONA_ID),
                "https://platform/cb", null, null, null, null, null, null, null, null, null, null, null,
                new com.acme.tavus.domain.conversation.CallProperties(60, null, null, null, null, null, null, null,
                        null, null, null), null)).block();
        clock.advance(Duration.ofSeconds(59));
        assertThat(provider.get(created.id(), false).block().status().isEnded()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        var ended = provider.get(created.id(), true).block();

        assertThat(ended.status().isEnded()).isTrue();
        assertThat(deliveries.getLast().types()).containsExactly("system.shutdown", "application.transcription_ready");
        assertThat(deliveries.getLast().payloads().getFirst().get("properties"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("shutdown_reason", "max_call_duration reached");
    }

    @Test
    void create_withoutCallbackUrlOrInTestMode_sendsNothing() {
        var silent = provider.create(request(null, null)).block();
        provider.end(silent.id()).block();
        provider.create(request("https://platform/cb", true)).block();

        assertThat(deliveries).isEmpty();
    }

    @Test
    void httpSender_postsInOrderAndRetriesFailures() {
        try (var server = FakeTavusServer.start()) {
            var attempts = new ArrayList<String>();
            server.on("POST", "/cb", request -> {
                attempts.add(request.body());
                return attempts.size() == 1 ? FakeResponse.status(503) : FakeResponse.ok("{\"status\":\"success\"}");
            });
            var sender = new HttpSandboxCallbackSender(WebClient.create(), Duration.ZERO, 3, Duration.ofMillis(10));
            var url = "http://localhost:" + server.port() + "/cb?t=abc&sig=def";

            sender.send(url, List.of(Map.of("event_type", "system.shutdown"),
                    Map.of("event_type", "application.transcription_ready")));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(server.requests()).hasSize(3));
            assertThat(server.requests()).extracting(r -> r.body()).containsExactly(
                    "{\"event_type\":\"system.shutdown\"}", "{\"event_type\":\"system.shutdown\"}",
                    "{\"event_type\":\"application.transcription_ready\"}");
            assertThat(server.requests().getFirst().query()).isEqualTo("t=abc&sig=def");
        }
    }
}
