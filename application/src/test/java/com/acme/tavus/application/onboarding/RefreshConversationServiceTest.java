package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshConversationServiceTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final OnboardingTestKit kit = new OnboardingTestKit();
    final RefreshConversationService refresh =
            new RefreshConversationService(kit.records, kit.provider, kit.ledger, kit.updates, kit.clock);

    @Test
    void refresh_liveOnTavus_changesNothing() {
        var c = kit.onboard("ada@example.com");

        assertThat(refresh.refresh(c.conversationId()).block(TIMEOUT)).isFalse();
        assertThat(kit.reload(c.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
    }

    @Test
    void refresh_endedOrGoneOnTavus_closesTheRecordAtOnceAndPublishesIt() {
        var ended = kit.onboard("ada@example.com");
        kit.provider.end(ended.conversationId()).block(TIMEOUT);
        var gone = kit.onboard("bob@example.com");
        kit.provider.forget(gone.conversationId());

        assertThat(refresh.refresh(ended.conversationId()).block(TIMEOUT)).isTrue();
        assertThat(refresh.refresh(gone.conversationId()).block(TIMEOUT)).isTrue();
        assertThat(refresh.refresh(gone.conversationId()).block(TIMEOUT)).isFalse();

        var row = kit.reload(ended.conversationId());
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.metadata()).containsEntry("completion_source", "refreshed");
        assertThat(kit.updates.published()).hasSize(2);
    }

    @Test
    void refresh_untracked_isNotFound() {
        assertThatThrownBy(() -> refresh.refresh(ConversationId.of("cnottracked")).block(TIMEOUT))
                .isInstanceOf(NotFoundException.class);
    }
}
