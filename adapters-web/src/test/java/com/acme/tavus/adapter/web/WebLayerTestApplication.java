package com.acme.tavus.adapter.web;

import com.acme.tavus.adapter.web.demo.SandboxCallPage;
import com.acme.tavus.adapter.web.edge.HttpEdgeSettings;
import com.acme.tavus.adapter.web.security.FailedAuthenticationThrottle;
import com.acme.tavus.application.apitoken.StaticTokenAuthenticator;
import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.application.conversation.ConversationQueryService;
import com.acme.tavus.application.conversation.DeleteConversationService;
import com.acme.tavus.application.conversation.EndConversationService;
import com.acme.tavus.application.conversation.StartConversationService;
import com.acme.tavus.application.conversation.port.in.ConversationQueries;
import com.acme.tavus.application.conversation.port.in.DeleteConversationUseCase;
import com.acme.tavus.application.conversation.port.in.EndConversationUseCase;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase;
import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.onboarding.port.in.OnboardingQueries;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.RecordingAuditTrail;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Boots only this module's web layer, as the bootstrap module would: component scan of
 * {@code com.acme.tavus.adapter.web}, Boot's auto-configuration (WebFlux, Security, Jackson,
 * validation, springdoc), and the beans bootstrap provides, here real application services over the
 * application's test fakes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("com.acme.tavus.adapter.web")
public class WebLayerTestApplication {

    /** Token of the "team-a" caller, with read and write scopes (the seed's example token). */
    public static final String TOKEN = "FOOBAR1";
    /** Token of the "team-b" caller, with read and write scopes: another team than {@link #TOKEN}'s. */
    public static final String TEAM_B_TOKEN = "TEAMB1";
    /** Token of a caller that may only read. */
    public static final String READ_ONLY_TOKEN = "READONLY1";
    /** Token of "platform/ops", with the admin scope only (token management, actuator). */
    public static final String ADMIN_TOKEN = "ADMIN1";
    /** How many failed token checks an address may have in a minute here before it is answered 429. */
    public static final int MAX_FAILED_TOKEN_CHECKS = 5;
    /** A token whose check fails, as if the token store were down. */
    public static final String BROKEN_STORE_TOKEN = "STORE-DOWN";
    /** Requests under this path hit a filter that throws, outside any controller. */
    public static final String FAILING_FILTER_PATH = "/test/failing-filter";
    /** The largest request body the web tests accept. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The one origin the web tests allow cross-origin. */
    public static final String CORS_ORIGIN = "https://app.example.com";

    @Bean
    ScriptedConversationProvider conversationProvider() {
        return new ScriptedConversationProvider();
    }

    @Bean
    InMemoryConversationRecords conversationRecords() {
        return new InMemoryConversationRecords();
    }

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    }

    @Bean
    StartConversationUseCase startConversation(
            ScriptedConversationProvider provider, InMemoryConversationRecords records, MutableClock clock) {
        return new StartConversationService(provider, records, TrackingCallbacks.NONE, IdGenerator.randomUuids(), clock);
    }

    @Bean
    EndConversationUseCase endConversation(ScriptedConversationProvider provider, InMemoryConversationRecords records,
            OnboardingWebFixture fixture, MutableClock clock) {
        return new EndConversationService(provider, records, fixture.updates(), clock);
    }

    @Bean
    DeleteConversationUseCase deleteConversation(ScriptedConversationProvider provider,
            InMemoryConversationRecords records, OnboardingWebFixture fixture, MutableClock clock) {
        return new DeleteConversationService(provider, records, fixture.updates(), clock);
    }

    @Bean
    ConversationQueries conversationQueries(ScriptedConversationProvider provider) {
        return new ConversationQueryService(provider);
    }

    /** Onboarding over the same fakes; persona configured, callbacks signed with a fixed test key. */
    @Bean
    OnboardingWebFixture onboardingWebFixture(
            ScriptedConversationProvider provider, InMemoryConversationRecords records, MutableClock clock) {
        return new OnboardingWebFixture(provider, records, clock);
    }

    @Bean
    StartOnboardingUseCase startOnboarding(OnboardingWebFixture fixture) {
        return fixture.startOnboarding();
    }

    @Bean
    OnboardingQueries onboardingQueries(OnboardingWebFixture fixture) {
        return fixture.queries();
    }

    @Bean
    ReceiveCallbackUseCase receiveCallback(OnboardingWebFixture fixture) {
        return fixture.receiveCallback();
    }

    @Bean
    AuthenticateCallerUseCase authenticateCaller() {
        var tokens = new StaticTokenAuthenticator(List.of(new StaticToken("team-a", TOKEN),
                new StaticToken("team-b", TEAM_B_TOKEN)));
        var reader = new Caller(new Actor("reader"), Set.of(Scope.READ));
        var admin = new Caller(new Actor("platform/ops"), Set.of(Scope.ADMIN));
        return presented -> switch (presented) {
            case READ_ONLY_TOKEN -> Mono.just(reader);
            case ADMIN_TOKEN -> Mono.just(admin);
            case BROKEN_STORE_TOKEN -> Mono.error(new IllegalStateException("token store down at com.acme.Secret"));
            case null, default -> tokens.authenticate(presented);
        };
    }

    /** Every audit entry, kept at once (no batching) for the tests to read. */
    @Bean
    RecordingAuditTrail auditTrail() {
        return new RecordingAuditTrail();
    }

    /** The codecs' old 256 KiB as the body limit, and one origin allowed cross-origin. */
    @Bean
    HttpEdgeSettings httpEdgeSettings() {
        return new HttpEdgeSettings(MAX_BODY_BYTES, List.of(CORS_ORIGIN));
    }

    /**
     * One proxy trusted in front, so tests choose their client address with X-Forwarded-For; requests
     * without it have no address here (mock requests have none) and are never throttled.
     */
    @Bean
    FailedAuthenticationThrottle failedAuthenticationThrottle() {
        return new FailedAuthenticationThrottle(
                new FailedAuthenticationThrottle.Settings(MAX_FAILED_TOKEN_CHECKS, Duration.ofMinutes(1), 1, 1_000),
                Clock.systemUTC());
    }

    @Bean
    TavusModeHeaderFilter tavusModeHeaderFilter() {
        return new TavusModeHeaderFilter("sandbox");
    }

    /** Bootstrap serves the sandbox call pages in sandbox mode only; these tests play sandbox mode. */
    @Bean
    RouterFunction<ServerResponse> sandboxCallPageRoutes() {
        return SandboxCallPage.routes();
    }

    @Bean
    WebFilter failingFilter() {
        return (exchange, chain) -> exchange.getRequest().getPath().value().startsWith(FAILING_FILTER_PATH)
                ? Mono.error(new IllegalStateException("filter blew up; java.lang.IllegalStateException at com.acme"))
                : chain.filter(exchange);
    }
}
