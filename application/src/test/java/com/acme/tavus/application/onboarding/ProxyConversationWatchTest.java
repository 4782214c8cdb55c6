package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.DeleteConversationService;
import com.acme.tavus.application.conversation.EndConversationService;
import com.acme.tavus.application.conversation.StartConversationService;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase.StartConversationCommand;
import com.acme.tavus.application.onboarding.port.in.OnboardingQueries.ConversationStatusView;
import com.acme.tavus.domain.conversation.CallProperties;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * A conversation made through the proxy route is tracked like an onboarding call: its signed
 * callbacks move the record, and its status stream follows them and the proxy's own end and delete.
 */
class ProxyConversationWatchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Actor TEAM = new Actor("team-a");

    private final OnboardingTestKit kit = new OnboardingTestKit();
    private final StartConversationService start = new StartConversationService(kit.provider, kit.records,
            new SignedCallbackUrls(kit.signatures, () -> OnboardingTestKit.ENDPOINT), kit.ids, kit.clock);
    private final EndConversationService end = new EndConversationService(kit.provider, kit.records, kit.updates,
            kit.clock);
    private final DeleteConversationService delete = new DeleteConversationService(kit.provider, kit.records,
            kit.updates, kit.clock);

    @Test
    void watch_followsSignedCallbacksAndTheProxyEnd_untilTheTranscript() {
        var c = startThroughProxy();
        assertThat(kit.provider.requests()).singleElement().satisfies(sent -> assertThat(sent.callbackUrl())
                .isEqualTo(OnboardingTestKit.ENDPOINT + "?t=" + c.trackingId() + "&sig=" + kit.signatures.sign(c.trackingId())));

        StepVerifier.create(kit.queries().watch(c.conversationId()))
                .assertNext(view -> assertThat(view.status()).isEqualTo("created"))
                .then(() -> kit.callbacks().receive(kit.signed(c, OnboardingTestKit.replicaJoined(c))).block())
                .assertNext(view -> assertThat(view.status()).isEqualTo("active"))
                .then(() -> end.end(c.conversationId(), TEAM).block())
                .assertNext(view -> assertThat(view.isCompleted()).isTrue())
                .then(() -> kit.callbacks().receive(kit.signed(c, OnboardingTestKit.transcriptionReady(c))).block())
                .assertNext(view -> assertThat(view.hasTranscript()).isTrue())
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void watch_endsWhenTheProxyDeletesTheConversation() {
        var c = startThroughProxy();

        StepVerifier.create(kit.queries().watch(c.conversationId()).map(ConversationStatusView::status))
                .expectNext("created")
                .then(() -> delete.delete(c.conversationId(), false, TEAM).block())
                .expectNext("deleted")
                .expectComplete()
                .verify(TIMEOUT);
    }

    private TrackedConversation startThroughProxy() {
        var request = new ConversationRequest(ReplicaId.of("r79e1c033f"), null, null, "Demo", null, null, null, null,
                null, null, null, null, null, null, CallProperties.none(), Map.of());
        var created = start.start(new StartConversationCommand(request, TEAM)).block(TIMEOUT);
        assertThat(created.callbackUrl()).endsWith("&sig=redacted");
        return kit.reload(created.id());
    }
}
