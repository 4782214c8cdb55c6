package com.acme.tavus.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationRequestTest {

    @Test
    void needsAReplicaOrAPersona() {
        assertThatThrownBy(() -> new ConversationRequest(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("replica_id or persona_id is required");
    }

    @Test
    void maxParticipants_mustLeaveRoomForAPerson() {
        assertThatThrownBy(() -> new ConversationRequest(ReplicaId.of("r1"), null, null, null, null, null, null,
                null, null, null, null, null, 1, null, null, Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("max_participants"));
    }

    @Test
    void conversationName_mustFitTheRecord() {
        assertThatThrownBy(() -> new ConversationRequest(ReplicaId.of("r1"), null, null, "x".repeat(256), null, null,
                null, null, null, null, null, null, null, null, null, Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("conversation_name: must be at most 255 characters"));
    }

    @Test
    void callProperties_rejectNegativeTimeouts_namingTheNestedField() {
        assertThatThrownBy(() -> new CallProperties(null, -1, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("properties.participant_left_timeout"));
    }

    @Test
    void missingProperties_becomeEmptyProperties() {
        var request = new ConversationRequest(ReplicaId.of("r1"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);

        assertThat(request.properties()).isEqualTo(CallProperties.none());
        assertThat(request.extraFields()).isEmpty();
    }
}
