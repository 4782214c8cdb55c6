package com.acme.tavus.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.FakeConversationProvider;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class CallbackUrlRedactionTest {

    @Test
    void redact_hidesOnlyTheSignature() {
        assertThat(CallbackUrlRedaction.redact("https://api.example/api/v1/tavus/callback?t=3f2a&sig=SECRET-value_1"))
                .isEqualTo("https://api.example/api/v1/tavus/callback?t=3f2a&sig=redacted");
        assertThat(CallbackUrlRedaction.redact("https://hooks.example/x?sig=abc&keep=1"))
                .isEqualTo("https://hooks.example/x?sig=redacted&keep=1");
        assertThat(CallbackUrlRedaction.redact("https://hooks.example/webhook")).isEqualTo("https://hooks.example/webhook");
        assertThat(CallbackUrlRedaction.redact((String) null)).isNull();
    }

    @Test
    void queries_neverReturnACallbackSignature() {
        var provider = new FakeConversationProvider();
        var created = provider.create(new ConversationRequest(ReplicaId.of("r1"), null,
                "https://api.example/api/v1/tavus/callback?t=3f2a&sig=SECRET", null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of())).block();
        var queries = new ConversationQueryService(provider);

        assertThat(queries.get(created.id(), false).block().callbackUrl()).doesNotContain("SECRET").endsWith("sig=redacted");
        assertThat(queries.list(new ConversationFilter(PageRequest.defaults(), null)).block().data())
                .allSatisfy(c -> assertThat(c.callbackUrl()).doesNotContain("SECRET"));
    }

    @Test
    void redact_hidesTheSignatureInVerboseEventsToo() {
        var signed = "https://api.example/api/v1/tavus/callback?t=3f2a&sig=SECRET";
        var event = new java.util.LinkedHashMap<String, Object>();
        event.put("event_type", "system.shutdown");
        event.put("webhook_url", signed);
        event.put("properties", Map.of("shutdown_reason", "end_conversation_endpoint_hit"));
        var conversation = new Conversation(ConversationId.of("c1"), null, "https://tavus.daily.co/c1",
                ConversationStatus.ENDED, signed, null, null, null, null, null,
                Map.of("events", List.of(event), "note", "sig=kept outside URL fields"));

        var redacted = CallbackUrlRedaction.redact(conversation);

        assertThat(redacted.callbackUrl()).endsWith("sig=redacted");
        assertThat(redacted.extraFields().get("events")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("webhook_url", "https://api.example/api/v1/tavus/callback?t=3f2a&sig=redacted")
                .containsEntry("event_type", "system.shutdown");
        assertThat(redacted.extraFields()).containsEntry("note", "sig=kept outside URL fields");
    }

    @Test
    void redact_leavesAConversationWithoutSignaturesAsItIs() {
        var conversation = new Conversation(ConversationId.of("c1"), null, null, ConversationStatus.ACTIVE,
                "https://hooks.example/webhook", null, null, null, null, null,
                Map.of("events", List.of(Map.of("webhook_url", "https://hooks.example/webhook"))));

        assertThat(CallbackUrlRedaction.redact(conversation)).isSameAs(conversation);
    }
}
