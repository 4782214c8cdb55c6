package com.acme.tavus.adapter.web.api.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationWebMapperTest {

    private final ConversationWebMapper mapper = new ConversationWebMapperImpl();

    @Test
    void toDomain_buildsIdsThroughTheirValueObjects() {
        var request = new CreateConversationRequest("r 1", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);

        assertThatThrownBy(() -> mapper.toDomain(request))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("replica_id"));
    }

    @Test
    void toDomain_withoutProperties_usesTheDomainDefaults() {
        var request = new CreateConversationRequest(null, "p5317866", null, null, null, null, null,
                DocumentRetrievalStrategy.BALANCED, null, null, null, null, null, null, null, null);

        var domain = mapper.toDomain(request);

        assertThat(domain.personaId().value()).isEqualTo("p5317866");
        assertThat(domain.documentRetrievalStrategy()).isEqualTo("balanced");
        assertThat(domain.properties().maxCallDurationOrDefault()).isEqualTo(3600);
        assertThat(domain.extraFields()).isEmpty();
    }

    @Test
    void toResponse_keepsUnmodelledFields_butNeverLetsThemShadowModelledOnes() {
        var conversation = new Conversation(ConversationId.of("c1"), null, null, ConversationStatus.ACTIVE, null,
                null, null, null, null, null, Map.of("events", "e", "conversation_id", "evil"));

        var response = mapper.toResponse(conversation);

        assertThat(response.conversationId()).isEqualTo("c1");
        assertThat(response.status()).isEqualTo("active");
        assertThat(response.extraFields()).containsExactly(Map.entry("events", "e"));
    }
}
