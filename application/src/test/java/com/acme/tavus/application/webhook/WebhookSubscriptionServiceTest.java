package com.acme.tavus.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.InMemoryWebhookSubscriptions;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.ScriptedWebhookOutbox;
import com.acme.tavus.application.webhook.port.in.ManageWebhooksUseCase.RegisterWebhookCommand;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class WebhookSubscriptionServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final WebhookSubscriptionService service = new WebhookSubscriptionService(new InMemoryWebhookSubscriptions(),
            new ScriptedWebhookOutbox(), false, UUID::randomUUID, clock);
    private final Actor admin = new Actor("platform/ops");

    @Test
    void registersWithAFreshSecretAndTheCaller() {
        var first = service.register(new RegisterWebhookCommand("https://hooks.example.com/a", " CRM "), admin).block();
        clock.advance(Duration.ofSeconds(1));
        var second = service.register(new RegisterWebhookCommand("https://hooks.example.com/b", null), admin).block();

        assertThat(first.createdBy()).isEqualTo("platform/ops");
        assertThat(first.description()).isEqualTo("CRM");
        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(service.list().collectList().block()).containsExactly(first, second);
    }

    @Test
    void refusesABadUrlOrDescriptionNamingTheField() {
        StepVerifier.create(service.register(new RegisterWebhookCommand("http://hooks.example.com/a", null), admin))
                .expectErrorSatisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("url"))
                .verify();
        StepVerifier.create(service.register(new RegisterWebhookCommand("https://e.com/a", "x".repeat(201)), admin))
                .expectErrorSatisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("description"))
                .verify();
        StepVerifier.create(service.deliveries(UUID.randomUUID(), 0))
                .expectErrorSatisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("limit"))
                .verify();
    }

    @Test
    void unknownIdsAreNotFound() {
        StepVerifier.create(service.get(UUID.randomUUID())).expectError(NotFoundException.class).verify();
        StepVerifier.create(service.remove(UUID.randomUUID(), admin)).expectError(NotFoundException.class).verify();
        StepVerifier.create(service.retryNow(UUID.randomUUID(), UUID.randomUUID(), admin))
                .expectError(NotFoundException.class).verify();
        StepVerifier.create(service.deliveries(UUID.randomUUID(), 10)).expectError(NotFoundException.class).verify();
    }
}
