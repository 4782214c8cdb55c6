package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.audit.AuditActorWebFilter;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.admin.port.in.AdminUserQueries;
import com.acme.tavus.application.admin.port.in.AuthenticateAdminUseCase;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The admin site's security chain, for {@code /admin} and everything under it, ordered before the
 * API's chain (which keeps every other path, unchanged).
 *
 * <ul>
 *   <li>Form login at {@code /admin/login} (public, like the stylesheet) against the admin accounts;
 *       the session id changes at sign-in (no session fixation); logout is a POST.
 *   <li>The session is the server's {@code WebSession}; its cookie is HttpOnly and SameSite (see
 *       {@code server.reactive.session.cookie.*} in application.yml).
 *   <li>CSRF: a per-session token, checked on every POST (forms carry it as {@code _csrf}); a missing
 *       or wrong token is a 403 page.
 *   <li>Audit: every POST is in the audit trail (the global audit filter) under
 *       {@code admin:<username>}, named by an audit actor filter right after authentication and, for
 *       the login itself, by the success handler; form bodies are never recorded.
 *   <li>Headers: no framing ({@code X-Frame-Options: DENY}, {@code frame-ancestors 'none'}), a
 *       content security policy that allows this site's own scripts and styles only, no referrer to
 *       other sites, no caching of pages.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

    /** Before the API chain, which has no order (lowest precedence) and matches every path. */
    static final int ORDER = 0;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(ORDER)
    SecurityWebFilterChain adminSecurityWebFilterChain(
            ServerHttpSecurity http, AuthenticateAdminUseCase authenticate, AdminUserQueries admins) {
        var sessions = new WebSessionServerSecurityContextRepository();
        var requestCache = new WebSessionServerRequestCache();
        var redirect = new RedirectServerAuthenticationSuccessHandler(AdminUrls.ROOT);
        redirect.setRequestCache(requestCache);
        // The login POST ends in the login filter, before the audit actor filter: name the admin here.
        ServerAuthenticationSuccessHandler loggedIn = (exchange, authentication) -> {
            AuditedExchange.actor(exchange.getExchange(), auditActor(authentication));
            return redirect.onAuthenticationSuccess(exchange, authentication);
        };
        var loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(AdminUrls.LOGIN + "?logout"));
        var pages = new AdminSecurityPages();
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/admin", "/admin/**"))
                .securityContextRepository(sessions)
                .requestCache(cache -> cache.requestCache(requestCache))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(form -> form
                        .loginPage(AdminUrls.LOGIN)
                        .authenticationManager(new AdminAuthenticationManager(authenticate))
                        .securityContextRepository(sessions)
                        .authenticationSuccessHandler(loggedIn)
                        .authenticationFailureHandler(pages.loginFailed()))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, AdminUrls.LOGOUT))
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(loggedOut))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(new WebSessionServerCsrfTokenRepository())
                        .accessDeniedHandler(pages.csrfRejected()))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(AdminUrls.LOGIN))
                        .accessDeniedHandler(pages.forbidden()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(AdminUrls.LOGIN, "/admin/static/**").permitAll()
                        .anyExchange().hasAuthority(AdminAuthentication.AUTHORITY))
                .addFilterAfter(AuditActorWebFilter.naming(AdminSecurityConfiguration::auditActor),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAfter(new CurrentAdminFilter(admins), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /** How the audit trail names an admin: {@code admin:<username>}, as the application's records do. */
    static String auditActor(Authentication authentication) {
        return "admin:" + authentication.getName();
    }
}
