package com.acme.tavus.adapter.web.security;

import static com.acme.tavus.adapter.web.WebLayerTestApplication.CORS_ORIGIN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;

import com.acme.tavus.adapter.web.WebLayerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The security headers on every kind of answer, and CORS for the one configured origin only. */
@WebLayerTest
class SecurityHeadersAndCorsTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; frame-src 'self' https://*.daily.co https://*.tavus.io; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String LIST = "/tavus-api-calls/conversations/list/";
    /** CORS compares the Origin with the request's own host, so cross-origin requests need an absolute URL here. */
    private static final String HOST = "http://localhost";

    @Autowired
    WebTestClient client;

    @ParameterizedTest
    @ValueSource(strings = {LIST, "/swagger-ui.html", "/v3/api-docs", "/nope", "/webjars/swagger-ui/index.html"})
    void everyAnswer_carriesTheSecurityHeaders(String path) {
        for (var token : new String[] {TOKEN, null}) {
            var request = client.get().uri(path);
            if (token != null) {
                request = request.header("X-API-TOKEN", token);
            }
            request.exchange()
                    .expectHeader().valueEquals("Content-Security-Policy", CSP)
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void aPreflightFromTheConfiguredOrigin_isAllowed_withoutAToken() {
        client.options().uri(HOST + "/tavus-api-calls/conversations/")
                .header(HttpHeaders.ORIGIN, CORS_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-api-token, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CORS_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> org.assertj.core.api.Assertions
                        .assertThat(headers.toLowerCase()).contains("x-api-token", "content-type", "idempotency-key"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
    }

    @Test
    void aCrossOriginCall_exposesTheRequestIdAndMode() {
        client.get().uri(HOST + LIST).header("X-API-TOKEN", TOKEN).header(HttpHeaders.ORIGIN, CORS_ORIGIN)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CORS_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> org.assertj.core.api.Assertions
                        .assertThat(exposed).contains("X-Request-Id", "X-Tavus-Mode", "Retry-After"));
    }

    @Test
    void anotherOrigin_getsNoCorsHeaders() {
        client.options().uri(HOST + "/tavus-api-calls/conversations/")
                .header(HttpHeaders.ORIGIN, "https://evil.example.net")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.get().uri(HOST + LIST).header("X-API-TOKEN", TOKEN).header(HttpHeaders.ORIGIN, "https://evil.example.net")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
