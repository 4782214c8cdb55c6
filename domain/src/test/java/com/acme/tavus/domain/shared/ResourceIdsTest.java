package com.acme.tavus.domain.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.conversation.ConversationId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"c123456", "re8e740a42", "d8-5c71baca86fc", "doc_1234567890"})
    void acceptsTavusShapedIds(String id) {
        assertThatCode(() -> ConversationId.of(id)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "../v2/replicas", "c1/end", "c1%2F..", "c1?hard=true", "c1#x", "-c1", "c 1"})
    void rejectsIdsThatCouldChangeAnUpstreamUrl(String id) {
        assertThatThrownBy(() -> ConversationId.of(id))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("conversation_id:");
    }
}
