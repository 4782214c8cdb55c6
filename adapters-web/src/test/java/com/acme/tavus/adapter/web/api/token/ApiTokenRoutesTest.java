package com.acme.tavus.adapter.web.api.token;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.ApiResponses.json;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.ADMIN_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.apitoken.TokenFormat;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@WebLayerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenRoutesTest {

    private static final String BASE = "/api/v1/tokens";

    @Autowired
    WebTestClient client;

    private MutableClock clock;

    @Autowired
    void tokenClock(TokenWebTestBeans.TokenClock tokenClock) {
        this.clock = tokenClock.clock();
    }

    @Test
    void create_answers201WithTheSecretOnce_thenReadsNeverShowIt(CapturedOutput output) {
        var response = client.post().uri(BASE).header("X-API-TOKEN", ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"ci\", \"team\": \"payments\", \"scopes\": [\"write\", \"read\"], "
                        + "\"expires_in_days\": 30}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", BASE + "/[0-9a-f-]{36}")
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectBody(String.class).returnResult();
        var issued = json(response.getResponseBody());
        var secret = issued.path("token").asString();
        var id = issued.path("id").asString();

        assertThat(TokenFormat.isWellFormed(secret)).isTrue();
        assertThat(issued.path("name").asString()).isEqualTo("ci");
        assertThat(issued.path("team").asString()).isEqualTo("payments");
        assertThat(issued.path("scopes").valueStream().map(JsonNode::asString)).containsExactly("read", "write");
        assertThat(issued.path("status").asString()).isEqualTo("active");
        assertThat(issued.path("token_hint").asString()).isEqualTo(secret.substring(0, 10));
        assertThat(issued.path("created_by").asString()).isEqualTo("platform/ops");
        assertThat(response.getResponseHeaders().getLocation()).hasToString(BASE + "/" + id);

        var read = get(BASE + "/" + id);
        assertThat(read.has("token")).isFalse();
        assertThat(read.toString()).doesNotContain(secret).doesNotContain(secret.substring(10));
        assertThat(read.path("token_hint").asString()).isEqualTo(secret.substring(0, 10));
        assertThat(read.path("last_used_at").isNull()).isTrue();
        assertThat(read.path("revoked_at").isNull()).isTrue();
        assertThat(get(BASE).toString()).contains(id).doesNotContain(secret.substring(10));
        assertThat(output).contains("issued by platform/ops").doesNotContain(secret.substring(10));
    }

    @Test
    void create_expiresAt_isHonoured() {
        var at = clock.instant().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var issued = create("{\"name\": \"ci\", \"team\": \"payments\", \"scopes\": [\"read\"], \"expires_at\": \""
                + at.atOffset(java.time.ZoneOffset.ofHours(2)) + "\"}");

        assertThat(issued.path("expires_at").asString()).isEqualTo(at.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"team": "t", "scopes": ["read"]}                                      | name: is required
            {"name": "ci", "team": "two words", "scopes": ["read"]}                | team: must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit
            {"name": "ci", "team": "t"}                                            | scopes: at least one of read, write, admin is required
            {"name": "ci", "team": "t", "scopes": ["read", "root"]}                | scopes[1]: must be one of read, write, admin
            {"name": "ci", "team": "t", "scopes": ["read"], "expires_in_days": 0}  | expires_in_days: must be between 1 and 365
            {"name": "ci", "team": "t", "scopes": ["read"], "expires_at": "tomorrow"} | expires_at: must be an ISO-8601 date-time with offset, such as 2026-12-31T23:59:59Z
            {"name": "ci", "team": "t", "scopes": ["read"], "expires_at": "2000-01-01T00:00:00Z"} | expires_at: must be in the future
            {"name": "ci", "team": "t", "scopes": ["read"], "expires_at": "2999-01-01T00:00:00Z", "expires_in_days": 3} | expires_at: give expires_at or expires_in_days, not both
            {"name": 7, "team": "t", "scopes": ["read"]}                           | name: expected a string
            """)
    void create_withInvalidInput_is400NamingTheField(String body, String message) {
        expectError(client.post().uri(BASE).header("X-API-TOKEN", ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 400, message);
    }

    @Test
    void list_isNewestFirst_andFiltersByTeam() {
        var team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        var first = create("{\"name\": \"a\", \"team\": \"" + team + "\", \"scopes\": [\"read\"]}").path("id").asString();
        clock.advance(Duration.ofMillis(5));
        var second = create("{\"name\": \"b\", \"team\": \"" + team + "\", \"scopes\": [\"read\"]}").path("id").asString();

        var listed = get(BASE + "?team=" + team).path("data");

        assertThat(listed.valueStream().map(t -> t.path("id").asString())).containsExactly(second, first);
        assertThat(listed.valueStream()).noneMatch(t -> t.has("token"));
        expectError(client.get().uri(BASE + "?team=no such team").header("X-API-TOKEN", ADMIN_TOKEN).exchange(),
                400, "team: must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @Test
    void revoke_isIdempotent_andKeepsTheFirstRevocation() {
        var id = create("{\"name\": \"ci\", \"team\": \"payments\", \"scopes\": [\"read\"]}").path("id").asString();

        var revoked = revoke(id);
        clock.advance(Duration.ofSeconds(1));
        var again = revoke(id);

        assertThat(revoked.path("status").asString()).isEqualTo("revoked");
        assertThat(revoked.path("revoked_by").asString()).isEqualTo("platform/ops");
        assertThat(again).isEqualTo(revoked);
        assertThat(get(BASE + "/" + id).path("status").asString()).isEqualTo("revoked");
    }

    @Test
    void unknownOrMalformedIds_are404And400() {
        var unknown = UUID.randomUUID().toString();
        expectError(client.get().uri(BASE + "/" + unknown).header("X-API-TOKEN", ADMIN_TOKEN).exchange(),
                404, "token " + unknown + " was not found");
        expectError(client.post().uri(BASE + "/" + unknown + "/revoke").header("X-API-TOKEN", ADMIN_TOKEN).exchange(),
                404, "token " + unknown + " was not found");
        expectError(client.get().uri(BASE + "/42").header("X-API-TOKEN", ADMIN_TOKEN).exchange(),
                400, "id: must be a token id (a UUID)");
    }

    @Test
    void tokenManagement_needsTheAdminScope() {
        expectError(client.get().uri(BASE).exchange(), 401, "Missing or invalid X-API-TOKEN header");
        expectError(client.get().uri(BASE).header("X-API-TOKEN", TOKEN).exchange(),
                403, "This API token lacks the admin scope needed for this request");
        expectError(client.post().uri(BASE).header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"name\": \"x\", \"team\": \"t\", \"scopes\": [\"admin\"]}").exchange(),
                403, "This API token lacks the admin scope needed for this request");
        expectError(client.post().uri(BASE + "/" + UUID.randomUUID() + "/revoke").header("X-API-TOKEN", TOKEN)
                .exchange(), 403, "This API token lacks the admin scope needed for this request");
    }

    @Test
    void actuatorBeyondHealthAndInfo_needsTheAdminScope() {
        expectError(client.get().uri("/actuator/metrics").exchange(), 401, "Missing or invalid X-API-TOKEN header");
        expectError(client.get().uri("/actuator/metrics").header("X-API-TOKEN", TOKEN).exchange(),
                403, "This API token lacks the admin scope needed for this request");
        // Actuator is not on this module's classpath: past security, the admin gets a 404, not a refusal.
        client.get().uri("/actuator/metrics").header("X-API-TOKEN", ADMIN_TOKEN).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/tavus-api-calls/conversations/list/").header("X-API-TOKEN", ADMIN_TOKEN).exchange()
                .expectStatus().isForbidden();
    }

    private JsonNode create(String body) {
        return json(client.post().uri(BASE).header("X-API-TOKEN", ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode get(String uri) {
        return json(client.get().uri(uri).header("X-API-TOKEN", ADMIN_TOKEN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode revoke(String id) {
        return json(client.post().uri(BASE + "/" + id + "/revoke").header("X-API-TOKEN", ADMIN_TOKEN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
