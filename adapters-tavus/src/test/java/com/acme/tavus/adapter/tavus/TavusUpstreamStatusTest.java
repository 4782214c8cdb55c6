package com.acme.tavus.adapter.tavus;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.audit.UpstreamStatus;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Every Tavus answer's status reaches the request's {@link UpstreamStatus}, for the audit trail. */
class TavusUpstreamStatusTest {

    private static FakeTavusServer tavus;
    private UpstreamStatus holder;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @BeforeEach
    void setUp() {
        tavus.reset();
        holder = new UpstreamStatus();
    }

    @Test
    void aSuccessfulFetch_reportsItsStatus() {
        tavus.on("GET", "/v2/conversations/c1", FakeResponse.json(201, "{\"conversation_id\": \"c1\", \"status\": \"active\"}"));

        StepVerifier.create(audited(conversations().get(ConversationId.of("c1"), false)))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(holder.value()).isEqualTo(201);
    }

    @Test
    void anErrorAnswer_reportsTavussStatus_notTheClientsOne() {
        tavus.on("POST", "/v2/conversations/c1/end", FakeResponse.tavusError(400, "error", "Invalid conversation_id"));

        StepVerifier.create(audited(conversations().end(ConversationId.of("c1"))))
                .expectError(NotFoundException.class)
                .verify();

        assertThat(holder.value()).isEqualTo(400);
    }

    @Test
    void aPatchAnsweredNotModified_reports304() {
        tavus.on("PATCH", "/v2/personas/p1", FakeResponse.status(304));
        var patch = JsonPatch.of(List.of(Map.of("op", "replace", "path", "/context", "value", "x")));

        StepVerifier.create(audited(new TavusHttpPersonaProvider(TavusWireTestSupport.calls(tavus.baseUrl()))
                        .patch(PersonaId.of("p1"), patch)))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(holder.value()).isEqualTo(304);
    }

    @Test
    void noAnswerAtAll_reportsNothing() {
        var unreachable = new TavusHttpConversationProvider(
                TavusWireTestSupport.calls(FakeTavusServer.unreachableBaseUrl()));

        StepVerifier.create(audited(unreachable.end(ConversationId.of("c1"))))
                .expectError(ProviderException.Unavailable.class)
                .verify();

        assertThat(holder.value()).isNull();
    }

    private TavusHttpConversationProvider conversations() {
        return TavusWireTestSupport.provider(tavus);
    }

    private <T> Mono<T> audited(Mono<T> call) {
        return call.contextWrite(UpstreamStatus.into(holder));
    }
}
