package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.InMemoryOnboardingUsers;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OnboardingUserServiceTest {

    static final Actor ADMIN = new Actor("admin");

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    final InMemoryConversationRecords conversations = new InMemoryConversationRecords();
    final InMemoryOnboardingUsers users = new InMemoryOnboardingUsers(conversations);
    final OnboardingUserService service = new OnboardingUserService(users, UUID::randomUUID, clock);

    @Test
    void createUpdateDelete_roundTripThroughTheStore() {
        var ada = service.create(new Applicant("ada@example.com", "Ada", "Lovelace"), ADMIN).block();
        clock.advance(Duration.ofMinutes(5));

        var renamed = service.update(ada.id(), new Applicant("ada@example.com", "Ada", "King"), ADMIN).block();

        assertThat(renamed.lastName()).isEqualTo("King");
        assertThat(renamed.createdAt()).isEqualTo(ada.createdAt());
        assertThat(renamed.updatedAt()).isEqualTo(clock.instant());
        assertThat(service.list(RecordQuery.<OnboardingUser.Attribute>firstPage(10)).block().totalCount()).isEqualTo(1);

        service.delete(ada.id(), ADMIN).block();
        assertThatThrownBy(() -> service.get(ada.id()).block()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(ada.id(), ADMIN).block()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void update_toAnotherUsersEmailInAnyCase_isRefusedOnEmail() {
        service.create(new Applicant("ada@example.com", "Ada", "Lovelace"), ADMIN).block();
        var bob = service.create(new Applicant("bob@example.com", "Bob", "B"), ADMIN).block();

        assertThatThrownBy(() -> service.update(bob.id(), new Applicant("ADA@example.com", "Bob", "B"), ADMIN).block())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("email: a user with this email already exists");
    }
}
