package com.acme.tavus.application.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import com.acme.tavus.domain.apitoken.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class StaticTokenAuthenticatorTest {

    private final StaticTokenAuthenticator authenticator = new StaticTokenAuthenticator(
            List.of(new StaticToken("team-a", "FOOBAR1"), new StaticToken("team-b", "s3cret-b")));

    @Test
    void authenticate_knownToken_givesItsNameAndProxyScopes() {
        StepVerifier.create(authenticator.authenticate("s3cret-b"))
                .assertNext(caller -> {
                    assertThat(caller.actor().name()).isEqualTo("team-b");
                    assertThat(caller.has(Scope.READ)).isTrue();
                    assertThat(caller.has(Scope.WRITE)).isTrue();
                    assertThat(caller.has(Scope.ADMIN)).isFalse();
                })
                .verifyComplete();
    }

    @Test
    void authenticate_unknownEmptyOrNullToken_givesNothing() {
        StepVerifier.create(authenticator.authenticate("FOOBAR2")).verifyComplete();
        StepVerifier.create(authenticator.authenticate("")).verifyComplete();
        StepVerifier.create(authenticator.authenticate(null)).verifyComplete();
    }

    @Test
    void aTokenMayCarryOtherScopes() {
        var admin = new StaticTokenAuthenticator(
                List.of(new StaticToken("generated", "s3cret-admin", java.util.Set.of(Scope.READ, Scope.WRITE, Scope.ADMIN))));

        StepVerifier.create(admin.authenticate("s3cret-admin"))
                .assertNext(caller -> assertThat(caller.has(Scope.ADMIN)).isTrue())
                .verifyComplete();
    }

    @Test
    void staticToken_neverShowsItsSecret() {
        assertThat(new StaticToken("ci", "FOOBAR1").toString()).doesNotContain("FOOBAR1");
        assertThatThrownBy(() -> new StaticToken("ci", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
