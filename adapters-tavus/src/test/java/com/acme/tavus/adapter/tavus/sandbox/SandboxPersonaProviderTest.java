package com.acme.tavus.adapter.tavus.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SandboxPersonaProviderTest {

    private static final Instant START = Instant.parse("2025-05-13T06:42:58.291561Z");
    private static final Map<String, Object> SCHEDULE_TOOL = Map.of("type", "function", "function", Map.of(
            "name", "add_schedule_event",
            "parameters", Map.of("type", "object", "properties", Map.of("title", Map.of("type", "string")),
                    "required", List.of("title"))));

    private MutableClock clock;
    private SandboxTavus tavus;
    private SandboxPersonaProvider personas;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(START);
        tavus = new SandboxTavus(clock, new SandboxSettings("http://localhost:8080/sandbox/calls/"));
        personas = new SandboxPersonaProvider(tavus);
    }

    @Test
    void create_storesEverythingAndAnswersLikeTavus() {
        var persona = create();

        assertThat(persona.id().value()).matches("p[0-9a-f]{11}");
        assertThat(persona.name()).isEqualTo("DRAKO");
        assertThat(persona.pipelineMode()).isEqualTo("full");
        assertThat(persona.personaType()).isEqualTo("user");
        assertThat(persona.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
        assertThat(persona.layers()).containsEntry("llm", Map.of("model", "tavus-llama", "tools", List.of(SCHEDULE_TOOL)));
        assertThat(persona.extraFields()).containsEntry("guardrail_ids", List.of("g1"));
        assertThat(personas.get(persona.id()).block()).isEqualTo(persona);
    }

    @Test
    void create_unknownDefaultReplica_isRejected() {
        var draft = new PersonaDraft("x", "y", null, null, ReplicaId.of("rnope"), null, null, Map.of(), Map.of());

        StepVerifier.create(personas.create(draft))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid default_replica_id"))
                .verify();
    }

    @Test
    void seeds_havePlausibleLayersAndTypes() {
        var dj = personas.get(PersonaId.of(SandboxTavus.STOCK_PERSONA_ID)).block();
        var coach = personas.get(PersonaId.of(SandboxTavus.EXAMPLE_PERSONA_ID)).block();

        assertThat(dj.personaType()).isEqualTo("system");
        assertThat(dj.defaultReplicaId()).isEqualTo(SandboxTavus.STOCK_REPLICA_ID);
        assertThat(dj.layers()).containsKeys("llm", "tts", "stt", "perception", "conversational_flow");
        assertThat(coach.personaType()).isEqualTo("user");
        assertThat(coach.layers()).containsKeys("llm", "tts", "stt", "perception");
    }

    @Test
    void list_filtersByTypeAndPagesNewestFirst() {
        var first = create();
        clock.advance(Duration.ofSeconds(1));
        var second = create();

        var system = personas.list(new PersonaFilter(PageRequest.defaults(), "system")).block();
        assertThat(system.data()).extracting(Persona::id).containsExactly(PersonaId.of(SandboxTavus.STOCK_PERSONA_ID));
        assertThat(system.totalCount()).isEqualTo(1);

        var user = personas.list(new PersonaFilter(new PageRequest(1, 1), "user")).block();
        assertThat(user.data()).extracting(Persona::id).containsExactly(second.id());
        assertThat(user.totalCount()).isEqualTo(3);
        var pageTwo = personas.list(new PersonaFilter(new PageRequest(1, 2), "user")).block();
        assertThat(pageTwo.data()).extracting(Persona::id).containsExactly(first.id());
        assertThat(personas.list(new PersonaFilter(PageRequest.defaults(), null)).block().totalCount()).isEqualTo(4);
    }

    @Test
    void patch_appliesEveryOpToTheStoredPersona() {
        var persona = create();
        clock.advance(Duration.ofMinutes(1));

        var result = personas.patch(persona.id(), patch(
                Map.of("op", "test", "path", "/persona_name", "value", "DRAKO"),
                Map.of("op", "replace", "path", "/context", "value", "New context"),
                Map.of("op", "add", "path", "/layers/tts", "value", Map.of("tts_engine", "cartesia")),
                Map.of("op", "add", "path", "/layers/llm/tools/-", "value", Map.of("type", "function",
                        "function", Map.of("name", "cancel_event"))),
                Map.of("op", "copy", "from", "/context", "path", "/system_prompt"),
                Map.of("op", "move", "from", "/document_tags", "path", "/tags_backup"),
                Map.of("op", "remove", "path", "/layers/llm/model"))).block();

        assertThat(result.changed()).isTrue();
        var patched = result.updated().orElseThrow();
        assertThat(patched.context()).isEqualTo("New context");
        assertThat(patched.systemPrompt()).isEqualTo("New context");
        assertThat(patched.layers()).containsEntry("tts", Map.of("tts_engine", "cartesia"));
        assertThat(((Map<?, ?>) patched.layers().get("llm")).containsKey("model")).isFalse();
        assertThat((List<?>) ((Map<?, ?>) patched.layers().get("llm")).get("tools")).hasSize(2);
        assertThat(patched.documentTags()).isNull();
        assertThat(patched.extraFields()).containsEntry("tags_backup", List.of("schedule"));
        assertThat(patched.updatedAt()).isEqualTo("2025-05-13T06:43:58.291561Z");
        assertThat(personas.get(persona.id()).block()).isEqualTo(patched);
    }

    @Test
    void patch_nothingChanged_isUnchangedAndKeepsUpdatedAt() {
        var persona = create();
        clock.advance(Duration.ofMinutes(1));

        var result = personas.patch(persona.id(), patch(
                Map.of("op", "replace", "path", "/persona_name", "value", "DRAKO"))).block();

        assertThat(result.changed()).isFalse();
        assertThat(personas.get(persona.id()).block().updatedAt()).isEqualTo(persona.updatedAt());
    }

    @Test
    void patch_ofAMissingPath_isRejectedWithoutQuotingTheStoredPersona() {
        var persona = create();

        StepVerifier.create(personas.patch(persona.id(), patch(Map.of("op", "remove", "path", "/nope"))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage(SandboxJson.DOES_NOT_APPLY)
                        .message().doesNotContain("Schedules.", persona.id().value()))
                .verify();
    }

    @Test
    void stockPersona_cannotBeDeletedOrPatched() {
        var stock = PersonaId.of(SandboxTavus.STOCK_PERSONA_ID);

        StepVerifier.create(personas.delete(stock))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage(SandboxPersonaProvider.STOCK_PERSONA_IS_READ_ONLY))
                .verify();
        StepVerifier.create(personas.patch(stock, patch(Map.of("op", "replace", "path", "/context", "value", "x"))))
                .expectError(ProviderException.Rejected.class)
                .verify();
        assertThat(personas.get(stock).block().name()).isEqualTo("Celebrity DJ");
    }

    @Test
    void patch_failedTest_isRejectedAndChangesNothing() {
        var persona = create();

        StepVerifier.create(personas.patch(persona.id(), patch(
                        Map.of("op", "replace", "path", "/context", "value", "changed"),
                        Map.of("op", "test", "path", "/persona_name", "value", "Someone else"))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessageStartingWith("Invalid JSON patch: "))
                .verify();
        assertThat(personas.get(persona.id()).block().context()).isEqualTo("Schedules.");
    }

    @Test
    void patch_missingPath_isRejected() {
        var persona = create();

        StepVerifier.create(personas.patch(persona.id(), patch(Map.of("op", "remove", "path", "/layers/perception"))))
                .expectError(ProviderException.Rejected.class).verify();
        StepVerifier.create(personas.patch(persona.id(), patch(
                        Map.of("op", "replace", "path", "/nothing/here", "value", 1))))
                .expectError(ProviderException.Rejected.class).verify();
    }

    @Test
    void patch_readOnlyField_isRejected() {
        var persona = create();

        StepVerifier.create(personas.patch(persona.id(), patch(
                        Map.of("op", "replace", "path", "/persona_id", "value", "p1"))))
                .expectErrorSatisfies(e -> assertThat(e).hasMessage("Invalid JSON patch: persona_id cannot be changed"))
                .verify();
        StepVerifier.create(personas.patch(persona.id(), patch(Map.of("op", "replace", "path", "", "value", List.of()))))
                .expectError(ProviderException.Rejected.class).verify();
    }

    @Test
    void patch_unknownPersona_isNotFound() {
        StepVerifier.create(personas.patch(PersonaId.of("p404"), patch(Map.of("op", "remove", "path", "/context"))))
                .expectError(NotFoundException.class).verify();
    }

    @Test
    void delete_removesThePersonaAndConversationsCanNoLongerUseIt() {
        var persona = create();

        StepVerifier.create(personas.delete(persona.id())).verifyComplete();

        StepVerifier.create(personas.get(persona.id())).expectError(NotFoundException.class).verify();
        StepVerifier.create(personas.delete(persona.id())).expectError(NotFoundException.class).verify();
        var conversations = new SandboxConversationProvider(tavus);
        var request = new ConversationRequest(null, persona.id(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, Map.of());
        StepVerifier.create(conversations.create(request))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid persona_id"))
                .verify();
    }

    @Test
    void createdPersona_drivesAConversationWithItsDefaultReplica() {
        var persona = create();
        var request = new ConversationRequest(null, persona.id(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, Map.of());

        var conversation = new SandboxConversationProvider(tavus).create(request).block();

        assertThat(conversation.replicaId().value()).isEqualTo(SandboxTavus.STOCK_REPLICA_ID);
    }

    private Persona create() {
        var draft = new PersonaDraft("DRAKO", "You are DRAKO.", "Schedules.", PipelineMode.FULL,
                ReplicaId.of(SandboxTavus.STOCK_REPLICA_ID), List.of(), List.of("schedule"),
                Map.of("llm", Map.of("model", "tavus-llama", "tools", List.of(SCHEDULE_TOOL))),
                Map.of("guardrail_ids", List.of("g1")));
        return personas.create(draft).block();
    }

    @SafeVarargs
    private static JsonPatch patch(Map<String, Object>... operations) {
        return JsonPatch.of(List.of(operations));
    }
}
