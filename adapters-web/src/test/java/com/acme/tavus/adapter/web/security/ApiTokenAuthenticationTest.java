package com.acme.tavus.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ApiTokenAuthenticationTest {

    private final Caller teamA = new Caller(new Actor("team-a"), EnumSet.of(Scope.READ, Scope.WRITE));

    @Test
    void authenticated_hasTheCallerAsPrincipal_andOneAuthorityPerScope() {
        var authentication = ApiTokenAuthentication.authenticated(teamA);

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getPrincipal()).isSameAs(teamA);
        assertThat(authentication.getName()).isEqualTo("team-a");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("SCOPE_read", "SCOPE_write");
        assertThat(authentication.getCredentials()).isNull();
    }

    @Test
    void toString_neverShowsThePresentedToken() {
        assertThat(ApiTokenAuthentication.unauthenticated("FOOBAR1").toString()).doesNotContain("FOOBAR1");
    }

    @Test
    void manager_knownToken_givesTheCaller_andForgetsTheToken() {
        var request = ApiTokenAuthentication.unauthenticated("FOOBAR1");
        var manager = new ApiTokenAuthenticationManager(token -> Mono.justOrEmpty(
                "FOOBAR1".equals(token) ? teamA : null));

        StepVerifier.create(manager.authenticate(request))
                .assertNext(result -> assertThat(result.getPrincipal()).isSameAs(teamA))
                .verifyComplete();
        assertThat(request.getCredentials()).isNull();
    }

    @Test
    void manager_unknownToken_isBadCredentials_andAFailingCheckIsAServiceError() {
        var unknown = new ApiTokenAuthenticationManager(token -> Mono.empty());
        StepVerifier.create(unknown.authenticate(ApiTokenAuthentication.unauthenticated("nope")))
                .verifyError(BadCredentialsException.class);

        var failing = new ApiTokenAuthenticationManager(token -> Mono.error(new IllegalStateException("down")));
        StepVerifier.create(failing.authenticate(ApiTokenAuthentication.unauthenticated("FOOBAR1")))
                .verifyError(AuthenticationServiceException.class);
    }
}
