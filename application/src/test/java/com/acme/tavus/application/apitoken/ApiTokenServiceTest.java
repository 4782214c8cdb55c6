package com.acme.tavus.application.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries.ApiTokenView;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssuedApiToken;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.apitoken.TokenStatus;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ApiTokenServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final Actor ADMIN = new Actor("platform/ops");

    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
    private final MutableClock clock = new MutableClock(T0);
    private final ApiTokenService service =
            new ApiTokenService(store, IdGenerator.randomUuids(), clock, new SecureRandom());

    @Test
    void issue_givesTheSecretOnce_andStoresOnlyItsHashAndHint() {
        var issued = issue(new IssueApiTokenCommand("ci", "payments", Set.of(Scope.READ, Scope.WRITE), null, null));

        var token = issued.view().token();
        assertThat(TokenFormat.isWellFormed(issued.secret())).isTrue();
        assertThat(token.hash()).isEqualTo(TokenHash.of(issued.secret()));
        assertThat(token.hint()).isEqualTo(issued.secret().substring(0, 10));
        assertThat(token.name()).isEqualTo("ci");
        assertThat(token.team()).isEqualTo("payments");
        assertThat(token.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
        assertThat(token.createdBy()).isEqualTo(ADMIN);
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
        assertThat(token.expiresAt()).isEqualTo(token.createdAt().plus(Duration.ofDays(90)));
        assertThat(issued.view().status()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(store.findById(token.id()).block()).isEqualTo(token);
        assertThat(issued.toString()).doesNotContain(issued.secret()).contains(token.hint());
    }

    @Test
    void issue_expiry_inDaysOrAtAMoment_withinAYear() {
        var inDays = issue(new IssueApiTokenCommand("a", "t", Set.of(Scope.READ), null, 7)).view().token();
        assertThat(inDays.expiresAt()).isEqualTo(inDays.createdAt().plus(Duration.ofDays(7)));

        var at = Instant.parse("2026-06-01T00:00:00Z");
        var atMoment = issue(new IssueApiTokenCommand("b", "t", Set.of(Scope.READ), at, null)).view().token();
        assertThat(atMoment.expiresAt()).isEqualTo(at);

        StepVerifier.create(service.issue(new IssueApiTokenCommand("c", "t", Set.of(Scope.READ), T0, null), ADMIN))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidValueException.class)
                        .hasMessage("expires_at: must be in the future"))
                .verify();
        StepVerifier.create(service.issue(new IssueApiTokenCommand("c", "t", Set.of(Scope.READ),
                        T0.plus(Duration.ofDays(366)), null), ADMIN))
                .expectErrorSatisfies(e -> assertThat(e).hasMessage("expires_at: must be at most 365 days from now"))
                .verify();
    }

    @Test
    void command_checksItsFields() {
        assertInvalid(() -> new IssueApiTokenCommand(null, "t", Set.of(Scope.READ), null, null), "name: is required");
        assertInvalid(() -> new IssueApiTokenCommand("n", "a team", Set.of(Scope.READ), null, null),
                "team: must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit");
        assertInvalid(() -> new IssueApiTokenCommand("n", "t", Set.of(), null, null),
                "scopes: at least one of read, write, admin is required");
        assertInvalid(() -> new IssueApiTokenCommand("n", "t", Set.of(Scope.READ), T0, 3),
                "expires_at: give expires_at or expires_in_days, not both");
        assertInvalid(() -> new IssueApiTokenCommand("n", "t", Set.of(Scope.READ), null, 0),
                "expires_in_days: must be between 1 and 365");
        assertInvalid(() -> new IssueApiTokenCommand("n", "t", Set.of(Scope.READ), null, 366),
                "expires_in_days: must be between 1 and 365");
    }

    @Test
    void list_isNewestFirst_withStatus_andFiltersByTeam() {
        var first = issue(new IssueApiTokenCommand("a", "payments", Set.of(Scope.READ), null, 1)).view().token();
        clock.advance(Duration.ofSeconds(1));
        var second = issue(new IssueApiTokenCommand("b", "search", Set.of(Scope.READ), null, 30)).view().token();
        clock.advance(Duration.ofDays(2));

        StepVerifier.create(service.list(null).map(view -> view.token().id()))
                .expectNext(second.id(), first.id())
                .verifyComplete();
        StepVerifier.create(service.list("payments").map(ApiTokenView::status))
                .expectNext(TokenStatus.EXPIRED)
                .verifyComplete();
        StepVerifier.create(service.list("no such team!"))
                .expectError(InvalidValueException.class)
                .verify();
    }

    @Test
    void revoke_isIdempotent_keepingTheFirstRevocation() {
        var token = issue(new IssueApiTokenCommand("ci", "payments", Set.of(Scope.READ), null, null)).view().token();
        clock.advance(Duration.ofMinutes(1));

        var revoked = service.revoke(token.id(), ADMIN).block();
        clock.advance(Duration.ofMinutes(1));
        var again = service.revoke(token.id(), new Actor("someone/else")).block();

        assertThat(revoked.status()).isEqualTo(TokenStatus.REVOKED);
        assertThat(revoked.token().revokedAt()).isEqualTo(Instant.parse("2026-03-01T10:01:00.123Z"));
        assertThat(again.token()).isEqualTo(revoked.token());
        assertThat(service.get(token.id()).block().token().revokedBy()).isEqualTo(ADMIN);
    }

    @Test
    void getAndRevoke_ofAnUnknownId_areNotFound() {
        var unknown = new ApiTokenId(UUID.randomUUID());

        StepVerifier.create(service.get(unknown))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
                        .hasMessage("token " + unknown + " was not found"))
                .verify();
        StepVerifier.create(service.revoke(unknown, ADMIN)).expectError(NotFoundException.class).verify();
    }

    private IssuedApiToken issue(IssueApiTokenCommand command) {
        return service.issue(command, ADMIN).block();
    }

    private static void assertInvalid(Runnable construction, String message) {
        org.assertj.core.api.Assertions.assertThatThrownBy(construction::run)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }
}
