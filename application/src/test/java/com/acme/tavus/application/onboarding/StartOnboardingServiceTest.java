package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase.StartOnboardingCommand;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class StartOnboardingServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final OnboardingTestKit kit = new OnboardingTestKit();

    @Test
    void start_validApplicant_createsSignedConversationAndRecordsEveryColumn() {
        var started = kit.start("p5317866").start(new StartOnboardingCommand(
                new Applicant("John.Doe@Example.com", "John", "Doe"), "Onboarding Call", new Actor("ci-team")))
                .block(TIMEOUT);

        assertThat(started.status()).isEqualTo("created");
        var request = kit.provider.requests().getFirst();
        assertThat(request.personaId().value()).isEqualTo("p5317866");
        assertThat(request.replicaId().value()).isEqualTo("r79e1c033f");
        assertThat(request.conversationName()).isEqualTo("Onboarding Call");
        assertThat(request.conversationalContext()).contains("John Doe").contains("Greet John");
        var row = kit.reload(started.conversationId());
        assertThat(request.callbackUrl()).isEqualTo(OnboardingTestKit.ENDPOINT + "?t=" + row.trackingId()
                + "&sig=" + kit.signatures.sign(row.trackingId()));
        assertThat(row.status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(row.userId()).isEqualTo(kit.users.all().getFirst().id());
        assertThat(row.email()).isEqualTo("John.Doe@Example.com");
        assertThat(row.conversationName()).isEqualTo("Onboarding Call");
        assertThat(row.personaId().value()).isEqualTo("p5317866");
        assertThat(row.replicaId().value()).isEqualTo("r79e1c033f");
        assertThat(row.conversationUrl()).isEqualTo(started.conversationUrl());
        assertThat(row.createdBy()).isEqualTo("ci-team");
    }

    @Test
    void start_sameEmailInAnotherCase_reusesTheUser() {
        kit.onboard("ada@example.com");
        kit.onboard("ADA@Example.COM");

        assertThat(kit.users.all()).hasSize(1);
        assertThat(kit.records.all()).hasSize(2).extracting(r -> r.userId()).containsOnly(kit.users.all().getFirst().id());
    }

    @Test
    void start_withoutConversationName_namesItAfterThePerson() {
        var row = kit.onboard("ada@example.com");

        assertThat(row.conversationName()).isEqualTo("Onboarding call with Ada Lovelace");
    }

    @Test
    void start_withoutPersona_failsUnavailableNamingTheSettingAndCallsNobody() {
        StepVerifier.create(kit.start(null).start(new StartOnboardingCommand(
                        new Applicant("ada@example.com", "Ada", "Lovelace"), null, new Actor("ci"))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OnboardingUnavailable.class)
                        .hasMessageContaining("configuration").hasMessageContaining("TAVUS_PERSONA_ID"))
                .verify(TIMEOUT);
        assertThat(kit.provider.calls()).isEmpty();
        assertThat(kit.users.all()).isEmpty();
    }

    @Test
    void applicant_invalidFields_areNamed() {
        assertThatThrownBy(() -> new Applicant("not-an-email", "A", "B"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("email:");
        assertThatThrownBy(() -> new Applicant("a@b.co", " ", "B"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("first_name:");
        assertThatThrownBy(() -> new Applicant("a@b.co", "A", null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("last_name:");
        assertThatThrownBy(() -> new Applicant("a@b.co", "A", "B".repeat(151)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("last_name:");
    }

    @Test
    void status_knownConversation_reportsTheRecord() {
        var row = kit.onboard("ada@example.com");

        var view = kit.queries().status(row.conversationId()).block(TIMEOUT);

        assertThat(view.conversationId()).isEqualTo(row.conversationId().value());
        assertThat(view.status()).isEqualTo("created");
        assertThat(view.isCompleted()).isFalse();
        assertThat(view.createdAt()).isEqualTo(OnboardingTestKit.T0);
        assertThat(view.completedAt()).isNull();
    }

    @Test
    void status_unknownConversation_isNotFound() {
        StepVerifier.create(kit.queries().status(ConversationId.of("c404")))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);
    }
}
