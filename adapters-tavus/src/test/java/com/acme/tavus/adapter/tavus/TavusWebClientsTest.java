package com.acme.tavus.adapter.tavus;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;

class TavusWebClientsTest {

    @Test
    void create_leavesTheGivenBuilderUntouched() {
        try (var tavus = FakeTavusServer.start()) {
            tavus.on("GET", "/v2/ping", FakeResponse.ok("{}"));
            var shared = WebClient.builder();
            TavusWebClients.create(shared, TavusWireTestSupport.settings(tavus.baseUrl()));

            StepVerifier.create(shared.build().get().uri(tavus.baseUrl() + "/ping").retrieve().toBodilessEntity())
                    .expectNextCount(1)
                    .verifyComplete();

            assertThat(tavus.lastRequest().header("x-api-key")).isNull();
        }
    }

    @Test
    void create_toleratesUnknownFieldsAndAnswersWithoutContentType() {
        try (var tavus = FakeTavusServer.start()) {
            tavus.on("GET", "/v2/conversations/c1", FakeResponse.status(200)
                    .withHeader("X-Note", "no content type")
                    .withBody("{\"conversation_id\": \"c1\", \"status\": \"active\", \"brand_new\": {\"x\": 1}}"));
            var client = TavusWebClients.create(WebClient.builder(), TavusWireTestSupport.settings(tavus.baseUrl()));
            var calls = new TavusCalls(client, TavusWireTestSupport.singleAttempt());

            StepVerifier.create(calls.fetch(TavusOperation.CONVERSATION_GET, TavusTarget.item("conversation", "c1"),
                            web -> web.get().uri("/conversations/c1"), ConversationResponse.class,
                            ConversationResponse::conversationId))
                    .expectNext("c1")
                    .verifyComplete();
            assertThat(tavus.lastRequest().line()).isEqualTo("GET /v2/conversations/c1");
        }
    }
}
