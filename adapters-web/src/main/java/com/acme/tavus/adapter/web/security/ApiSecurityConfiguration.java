package com.acme.tavus.adapter.web.security;

import com.acme.tavus.adapter.web.audit.AuditActorWebFilter;
import com.acme.tavus.adapter.web.edge.HttpEdgeSettings;
import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.domain.apitoken.Scope;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * One stateless security chain for the whole HTTP edge.
 *
 * <ul>
 *   <li>Authentication: the {@code X-API-TOKEN} header, checked on every request by
 *       {@link AuthenticateCallerUseCase}; no session, cookie, form login or HTTP basic.
 *   <li>CSRF protection is off: no cookie or session ever authenticates a request, so a forged
 *       cross-site request carries no credentials to abuse.
 *   <li>Authorization: token management ({@code /api/v1/tokens}), webhook subscriptions
 *       ({@code /api/v1/webhooks}) and every actuator endpoint but
 *       health and info need the admin scope; otherwise GET and HEAD need the read scope, every
 *       other method the write scope.
 *   <li>Throttling: an address with too many failed token checks is answered 429 for a while
 *       ({@link FailedAuthenticationThrottle}).
 *   <li>Public, deliberately, for GET and HEAD: health and info probes, the API documentation, the
 *       demo page's static files and the sandbox's call pages; for POST: the Tavus callback, which
 *       proves itself with a signed URL instead of a token. Everything else, unknown paths
 *       included, needs a token, so unauthenticated callers cannot map the routes.
 *   <li>Headers: a strict Content-Security-Policy and friends on every answer ({@link SecurityHeaders});
 *       CORS closed unless origins are configured ({@link CorsPolicy}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class ApiSecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"
    };

    /**
     * POST routes without a token: Tavus's conversation callbacks, which carry no credentials and
     * are authenticated by the signature in their URL instead (checked by the callback use case).
     */
    static final String[] PUBLIC_POST_PATHS = {"/api/v1/tavus/callback"};

    /** Every method needs the admin scope here: token management, and actuator beyond health and info. */
    static final String[] ADMIN_PATHS = {"/api/v1/tokens", "/api/v1/tokens/**", "/actuator", "/actuator/**",
        // Webhook subscriptions receive every team's conversation events and transcripts (ADR 0016).
        "/api/v1/webhooks", "/api/v1/webhooks/**"};

    /**
     * GET and HEAD without a token: the demo page's static files (no secrets; the user pastes a
     * token into the page) and the sandbox's stand-in call pages (served in sandbox mode only).
     */
    static final String[] PUBLIC_PAGE_PATHS = {
        "/tavus-api-calls/demo", "/tavus-api-calls/demo/**", "/sandbox/calls/**"
    };

    /**
     * A bean (not just a local object) so Boot's fallback in-memory user, with its generated
     * password, backs off.
     */
    @Bean
    ReactiveAuthenticationManager apiTokenAuthenticationManager(AuthenticateCallerUseCase authenticateCaller) {
        return new ApiTokenAuthenticationManager(authenticateCaller);
    }

    /** Picked up by Spring Security's filter chain proxy; replaces its empty-bodied 400. */
    @Bean
    ServerExchangeRejectedHandler jsonExchangeRejectedHandler() {
        return new JsonSecurityErrorHandlers.Rejected();
    }

    @Bean
    SecurityWebFilterChain apiSecurityWebFilterChain(
            ServerHttpSecurity http, ReactiveAuthenticationManager apiTokenAuthenticationManager,
            ObjectProvider<HttpEdgeSettings> edgeSettings,
            ObjectProvider<FailedAuthenticationThrottle> throttleProvider) {
        var unauthenticated = new JsonSecurityErrorHandlers.Unauthenticated();
        var throttle = throttleProvider.getIfAvailable(() -> new FailedAuthenticationThrottle(
                FailedAuthenticationThrottle.Settings.defaults(), Clock.systemUTC()));

        var tokenFilter = new AuthenticationWebFilter(apiTokenAuthenticationManager);
        tokenFilter.setServerAuthenticationConverter(new ApiTokenAuthenticationConverter());
        tokenFilter.setAuthenticationFailureHandler(
                countingFailures(new ServerAuthenticationEntryPointFailureHandler(unauthenticated), throttle));
        tokenFilter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());

        var read = ApiTokenAuthentication.authority(Scope.READ);
        var write = ApiTokenAuthentication.authority(Scope.WRITE);
        var admin = ApiTokenAuthentication.authority(Scope.ADMIN);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .headers(SecurityHeaders::configure)
                .cors(cors -> CorsPolicy.configure(cors, edgeSettings.getIfAvailable(HttpEdgeSettings::defaults)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(new JsonSecurityErrorHandlers.Forbidden(
                                ServerWebExchangeMatchers.pathMatchers(ADMIN_PATHS))))
                .addFilterBefore(new FailedAuthenticationThrottleFilter(throttle), SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAt(tokenFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAfter(new AuditActorWebFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.HEAD, PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, PUBLIC_PAGE_PATHS).permitAll()
                        .pathMatchers(HttpMethod.HEAD, PUBLIC_PAGE_PATHS).permitAll()
                        .pathMatchers(HttpMethod.POST, PUBLIC_POST_PATHS).permitAll()
                        .pathMatchers(ADMIN_PATHS).hasAuthority(admin)
                        .pathMatchers(HttpMethod.GET).hasAuthority(read)
                        .pathMatchers(HttpMethod.HEAD).hasAuthority(read)
                        .anyExchange().hasAuthority(write))
                .build();
    }

    /** Counts a wrong, expired or revoked token against the client's address; a store failure is not the client's. */
    private static ServerAuthenticationFailureHandler countingFailures(
            ServerAuthenticationFailureHandler delegate, FailedAuthenticationThrottle throttle) {
        return (exchange, failure) -> {
            if (failure instanceof BadCredentialsException) {
                throttle.recordFailure(throttle.clientAddress(exchange.getExchange().getRequest()));
            }
            return delegate.onAuthenticationFailure(exchange, failure);
        };
    }
}
