package com.acme.tavus.bootstrap.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.application.apitoken.ApiTokenService;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.shared.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import reactor.test.StepVerifier;

@ExtendWith(OutputCaptureExtension.class)
class SetupTokenTest {

    private static final Pattern LOGGED_TOKEN = Pattern.compile("X-API-TOKEN: (tvp_[0-9A-Za-z]{46})");

    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();

    @Test
    void aFreshInstall_getsAnAdminCapableTokenForTheRun_printedOnce(CapturedOutput output) {
        var setup = new SetupToken(store, true);

        setup.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> LOGGED_TOKEN.matcher(output.getOut()).find());
        var matcher = LOGGED_TOKEN.matcher(output.getOut());
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);
        assertThat(TokenFormat.isWellFormed(token)).isTrue();
        StepVerifier.create(setup.authenticate(token))
                .assertNext(caller -> {
                    assertThat(caller.actor().name()).isEqualTo("setup");
                    assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE, Scope.ADMIN);
                })
                .verifyComplete();
        StepVerifier.create(setup.authenticate("FOOBAR1")).verifyComplete();
    }

    @Test
    void onceADatabaseTokenExists_noSetupTokenIsMade(CapturedOutput output) {
        new ApiTokenService(store, IdGenerator.randomUuids(), Clock.systemUTC(), new SecureRandom())
                .issue(new IssueApiTokenCommand("ops", "platform", Set.of(Scope.ADMIN), null, null), Actor.SYSTEM)
                .block();
        var setup = new SetupToken(store, true);

        setup.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("only database tokens are accepted"));
        assertThat(output.getOut()).doesNotContain("X-API-TOKEN: tvp_");
    }

    @Test
    void withConfiguredTokens_itNeverLooks(CapturedOutput output) {
        store.failWith(new IllegalStateException("must not be called"));
        var setup = new SetupToken(store, false);

        setup.start();

        assertThat(setup.isRunning()).isTrue();
        assertThat(output.getOut()).doesNotContain("X-API-TOKEN").doesNotContain("Could not check");
    }
}
