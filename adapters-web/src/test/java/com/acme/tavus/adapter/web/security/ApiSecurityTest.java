package com.acme.tavus.adapter.web.security;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.BROKEN_STORE_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.MAX_FAILED_TOKEN_CHECKS;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.READ_ONLY_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTest {

    private static final String UNAUTHENTICATED = "Missing or invalid X-API-TOKEN header";
    private static final String CREATE_BODY = "{\"replica_id\": \"r79e1c033f\"}";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedConversationProvider provider;

    @BeforeEach
    void resetProvider() {
        provider.reset();
    }

    static Stream<Arguments> everyRoute() {
        return Stream.of(
                        Arguments.of(HttpMethod.POST, "/tavus-api-calls/conversations/"),
                        Arguments.of(HttpMethod.GET, "/tavus-api-calls/conversations/list/"),
                        Arguments.of(HttpMethod.GET, "/tavus-api-calls/conversations/c1/"),
                        Arguments.of(HttpMethod.POST, "/tavus-api-calls/conversations/c1/end/"),
                        Arguments.of(HttpMethod.DELETE, "/tavus-api-calls/conversations/c1/delete/"))
                .flatMap(route -> {
                    var path = (String) route.get()[1];
                    return Stream.of(route, Arguments.of(route.get()[0], path.substring(0, path.length() - 1)));
                });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoute")
    void everyRoute_withoutToken_is401(HttpMethod method, String path) {
        expectError(request(method, path, null).exchange(), 401, UNAUTHENTICATED);
        assertThat(provider.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoute")
    void everyRoute_withWrongToken_is401WithoutEchoingIt(HttpMethod method, String path) {
        var body = expectError(request(method, path, "FOOBAR2-wrong").exchange(), 401, UNAUTHENTICATED);
        assertThat(body).doesNotContain("FOOBAR2");
        assertThat(provider.calls()).isEmpty();
    }

    @Test
    void create_withoutToken_is401() {
        expectError(client.post().uri("/tavus-api-calls/conversations/")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CREATE_BODY).exchange(), 401, UNAUTHENTICATED);
    }

    @Test
    void create_withEmptyOrOversizedToken_is401() {
        expectError(request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", " ").exchange(),
                401, UNAUTHENTICATED);
        expectError(request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", "x".repeat(600)).exchange(),
                401, UNAUTHENTICATED);
    }

    @Test
    void readOnlyToken_canRead_butWritingIs403() {
        request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", READ_ONLY_TOKEN).exchange()
                .expectStatus().isOk();

        expectError(client.post().uri("/tavus-api-calls/conversations/")
                        .header("X-API-TOKEN", READ_ONLY_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(CREATE_BODY).exchange(),
                403, "This API token lacks the write scope needed for this request");
        assertThat(provider.calls()).containsExactly("list limit=null page=null status=null");
    }

    @Test
    void tokenCheckFailing_is503NotA401_andTheTokenIsNotLogged(CapturedOutput output) {
        var response = request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", BROKEN_STORE_TOKEN)
                .exchange();

        expectError(response, 503, "The API token could not be checked right now; try again");
        response.expectHeader().valueEquals("Retry-After", "5");
        assertThat(output).contains("Unexpected error answering GET").doesNotContain(BROKEN_STORE_TOKEN);
    }

    @Test
    void wrongToken_isNeverLogged(CapturedOutput output) {
        expectError(request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", "s3cret-guess-42").exchange(),
                401, UNAUTHENTICATED);
        assertThat(output).doesNotContain("s3cret-guess-42");
    }

    @Test
    void tooManyWrongTokensFromOneAddress_are429WithRetryAfter_evenForARightToken() {
        var address = "198.51.100." + (int) (Math.random() * 200 + 1);
        for (var i = 0; i < MAX_FAILED_TOKEN_CHECKS; i++) {
            expectError(request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", "guess-" + i)
                    .header("X-Forwarded-For", address).exchange(), 401, UNAUTHENTICATED);
        }

        var blocked = request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", TOKEN)
                .header("X-Forwarded-For", address).exchange();
        expectError(blocked, 429, "Too many failed token attempts from this address; try again later");
        blocked.expectHeader().value("Retry-After", value -> assertThat(Integer.parseInt(value)).isBetween(1, 60));

        // Without a token nothing is guessed: the usual 401. Other addresses are not affected.
        expectError(request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", null)
                .header("X-Forwarded-For", address).exchange(), 401, UNAUTHENTICATED);
        request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", TOKEN)
                .header("X-Forwarded-For", "203.0.113.77").exchange()
                .expectStatus().isOk();
    }

    @Test
    void failedTokenChecks_areCountedPerAddress_notForAStoreOutageOrAScopeRefusal() {
        var address = "192.0.2." + (int) (Math.random() * 200 + 1);
        for (var i = 0; i < MAX_FAILED_TOKEN_CHECKS + 2; i++) {
            request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", BROKEN_STORE_TOKEN)
                    .header("X-Forwarded-For", address).exchange().expectStatus().isEqualTo(503);
            client.post().uri("/tavus-api-calls/conversations/").header("X-API-TOKEN", READ_ONLY_TOKEN)
                    .header("X-Forwarded-For", address)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(CREATE_BODY).exchange()
                    .expectStatus().isForbidden();
        }

        request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", TOKEN)
                .header("X-Forwarded-For", address).exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/conversations/a%2Fb/", "/tavus-api-calls//conversations/list/",
        "/tavus-api-calls/conversations/list/;jsessionid=1", "/tavus-api-calls/conversations/%2e%2e/list/",
        "/tavus-api-calls/conversations/..%2Fsecret/", "/tavus-api-calls/conversations/c1%2F..%2Fx/",
        "/tavus-api-calls/conversations/c1%5C..%5Cx/"})
    void suspiciousPath_isRejectedWith400InTheErrorFormat(String path) {
        expectError(client.get().uri(URI.create("http://localhost" + path)).header("X-API-TOKEN", TOKEN).exchange(),
                400, "The request path or headers are not allowed");
        assertThat(provider.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/tavus-api-calls/replicas/", "/actuator/env", "/tavus-api-calls/conversations/c1/x/"})
    void unknownRoute_withoutToken_is401(String path) {
        expectError(request(HttpMethod.GET, path, null).exchange(), 401, UNAUTHENTICATED);
    }

    @Test
    void unknownRoute_withToken_is404NamingTheRoute() {
        expectError(request(HttpMethod.GET, "/nope", TOKEN).exchange(), 404, "No route for GET /nope");
        expectError(request(HttpMethod.POST, "/tavus-api-calls/nope", TOKEN).exchange(),
                404, "No route for POST /tavus-api-calls/nope");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
        "/webjars/swagger-ui/index.html", "/actuator/health", "/actuator/health/liveness", "/actuator/info"})
    void publicRoute_withoutToken_isNotRefused(String path) {
        // Actuator is not on this module's classpath, so its routes answer 404 here, but not 401.
        var status = request(HttpMethod.GET, path, null).exchange()
                .expectBody().returnResult().getStatus().value();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void answers_carrySecurityHeaders_andNoSession() {
        request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", TOKEN).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN")
                .expectHeader().exists("Cache-Control")
                .expectHeader().doesNotExist("Set-Cookie");
    }

    @Test
    void unauthorizedAnswer_carriesModeAndSecurityHeaders() {
        request(HttpMethod.GET, "/tavus-api-calls/conversations/list/", null).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().doesNotExist("WWW-Authenticate");
    }

    private WebTestClient.RequestHeadersSpec<?> request(HttpMethod method, String path, String token) {
        var spec = client.method(method).uri(path);
        if (token != null) {
            spec = spec.header("X-API-TOKEN", token);
        }
        return method == HttpMethod.POST ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(CREATE_BODY) : spec;
    }
}
