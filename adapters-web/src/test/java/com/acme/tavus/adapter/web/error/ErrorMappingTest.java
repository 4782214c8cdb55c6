package com.acme.tavus.adapter.web.error;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.FAILING_FILTER_PATH;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.shared.ProviderException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
class ErrorMappingTest {

    private static final String CREATE = "/tavus-api-calls/conversations/";
    private static final String LIST = "/tavus-api-calls/conversations/list/";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedConversationProvider provider;

    @BeforeEach
    void resetProvider() {
        provider.reset();
    }

    // --- Bean Validation: the field is named as the client wrote it ---

    @Test
    void create_nestedValueOutOfRange_is400NamingTheSnakeCaseField() {
        expectError(create("{\"replica_id\": \"r79e1c033f\", \"properties\": {\"max_call_duration\": 0}}"),
                400, "properties.max_call_duration: must be greater than or equal to 1");
        assertThat(provider.calls()).isEmpty();
    }

    @Test
    void create_severalInvalidFields_areAllNamedInAStableOrder() {
        expectError(create("""
                        {"replica_id": "r79e1c033f", "max_participants": 1, "callback_url": "ftp://x",
                         "properties": {"participant_left_timeout": -1}}"""),
                400, "callback_url: must be an http or https URL; "
                        + "max_participants: must be greater than or equal to 2; "
                        + "properties.participant_left_timeout: must be greater than or equal to 0");
    }

    @Test
    void create_nullOrBlankListElement_is400NamingItsIndex() {
        expectError(create("{\"replica_id\": \"r1\", \"document_ids\": [\"d1\", null]}"),
                400, "document_ids[1]: must not be blank");
        expectError(create("{\"replica_id\": \"r1\", \"memory_stores\": [\" \"]}"),
                400, "memory_stores[0]: must not be blank");
    }

    @Test
    void list_limitOutOfRange_is400NamingTheParameter() {
        expectError(get(LIST + "?limit=101"), 400, "limit: must be less than or equal to 100");
        expectError(get(LIST + "?page=0"), 400, "page: must be greater than or equal to 1");
        expectError(get(LIST + "?status=paused"), 400, "status: must be active or ended");
    }

    // --- domain rules ---

    @Test
    void create_malformedReplicaId_is400FromTheDomain() {
        expectError(create("{\"replica_id\": \"../admin\"}"), 400,
                "replica_id: must be 1-64 letters, digits, '-' or '_' and start with a letter or digit");
    }

    @Test
    void create_withNeitherReplicaNorPersona_is400() {
        expectError(create("{\"conversation_name\": \"x\"}"), 400, "replica_id: replica_id or persona_id is required");
    }

    @Test
    void get_malformedConversationId_is400() {
        expectError(get("/tavus-api-calls/conversations/_c1/"), 400,
                "conversation_id: must be 1-64 letters, digits, '-' or '_' and start with a letter or digit");
    }

    // --- unreadable input ---

    @Test
    void create_malformedJson_is400() {
        expectError(create("{\"replica_id\": \"r79e1c033f\","), 400, "Request body is not valid JSON");
        expectError(create("{replica_id: r79}"), 400, "Request body is not valid JSON");
    }

    @Test
    void create_wrongJsonTypes_are400NamingTheField() {
        expectError(create("{\"replica_id\": \"r1\", \"properties\": {\"enable_recording\": \"yes\"}}"),
                400, "properties.enable_recording: expected a boolean");
        expectError(create("{\"replica_id\": \"r1\", \"max_participants\": \"many\"}"),
                400, "max_participants: expected an integer");
        expectError(create("{\"replica_id\": \"r1\", \"document_ids\": \"d1\"}"),
                400, "document_ids: expected an array");
        expectError(create("{\"replica_id\": \"r1\", \"document_ids\": [{\"id\": 1}]}"),
                400, "document_ids[0]: expected a string");
        expectError(create("{\"replica_id\": \"r1\", \"properties\": 5}"),
                400, "properties: expected an object");
        expectError(create("{\"replica_id\": \"r1\", \"document_retrieval_strategy\": \"fast\"}"),
                400, "document_retrieval_strategy: expected one of speed, quality, balanced");
    }

    @Test
    void create_numberOutOfIntegerRange_is400NamingTheField() {
        expectError(create("{\"replica_id\": \"r1\", \"properties\": {\"max_call_duration\": 99999999999}}"),
                400, "properties.max_call_duration: expected an integer");
    }

    @Test
    void create_bodyLargerThanTheCodecLimit_is413() {
        var huge = "x".repeat(300 * 1024);
        expectError(create("{\"replica_id\": \"r1\", \"conversational_context\": \"" + huge + "\"}"),
                413, "Request body is too large");
    }

    @Test
    void create_bodyThatIsNotAnObject_is400() {
        expectError(create("[]"), 400, "Request body must be a single JSON object");
    }

    @Test
    void create_withoutBody_is400() {
        expectError(client.post().uri(CREATE).header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).exchange(), 400, "Request body is required");
    }

    @Test
    void queryParameterOfWrongType_is400NamingIt() {
        expectError(get(LIST + "?limit=ten"), 400, "limit: expected an integer");
        expectError(get("/tavus-api-calls/conversations/c1/?verbose=maybe"), 400, "verbose: expected a boolean");
    }

    // --- routing ---

    @Test
    void create_wrongContentType_is415() {
        expectError(client.post().uri(CREATE).header("X-API-TOKEN", TOKEN)
                        .contentType(MediaType.TEXT_PLAIN).bodyValue("replica_id=r1").exchange(),
                415, "Content-Type text/plain is not supported; send application/json");
    }

    @Test
    void wrongMethod_is405WithAllowHeader() {
        var response = client.put().uri("/tavus-api-calls/conversations/c1/").header("X-API-TOKEN", TOKEN).exchange();

        expectError(response, 405, "Method PUT is not allowed for /tavus-api-calls/conversations/c1/; allowed: GET");
        response.expectHeader().value("Allow", allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void unknownConversation_is404() {
        expectError(get("/tavus-api-calls/conversations/cnope/"), 404, "conversation cnope was not found");
        expectError(client.post().uri("/tavus-api-calls/conversations/cnope/end/").header("X-API-TOKEN", TOKEN)
                .exchange(), 404, "conversation cnope was not found");
    }

    // --- provider failures ---

    @Test
    void providerRejected_is400WithItsMessage() {
        provider.failNextCall(new ProviderException.Rejected("Invalid replica_id", "replica_id"));
        expectError(create("{\"replica_id\": \"r79e1c033f\"}"), 400, "Invalid replica_id");
    }

    @Test
    void providerRateLimited_is429WithRetryAfterWhenKnown() {
        provider.failNextCall(new ProviderException.RateLimited("Tavus rate limit reached", Duration.ofSeconds(30)));
        var known = get(LIST);
        expectError(known, 429, "Tavus rate limit reached");
        known.expectHeader().valueEquals("Retry-After", "30");

        provider.failNextCall(new ProviderException.RateLimited("Tavus rate limit reached", null));
        var unknown = get(LIST);
        expectError(unknown, 429, "Tavus rate limit reached");
        unknown.expectHeader().doesNotExist("Retry-After");
    }

    @Test
    void providerBadGateway_is502() {
        provider.failNextCall(new ProviderException.BadGateway("Tavus answered 500"));
        expectError(get(LIST), 502, "Tavus answered 500");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none, 5", "2500, 3", "60000, 60"})
    void providerUnavailable_is503WithRetryAfter(Long retryAfterMillis, String expectedSeconds) {
        var retryAfter = retryAfterMillis == null ? null : Duration.ofMillis(retryAfterMillis);
        provider.failNextCall(new ProviderException.Unavailable("Tavus is unavailable", retryAfter));
        var response = get(LIST);
        expectError(response, 503, "Tavus is unavailable");
        response.expectHeader().valueEquals("Retry-After", expectedSeconds);
    }

    @Test
    void providerTimeout_is504() {
        provider.failNextCall(new ProviderException.Timeout("Tavus did not answer within 10 s"));
        expectError(create("{\"replica_id\": \"r79e1c033f\"}"), 504, "Tavus did not answer within 10 s");
    }

    // --- the unexpected ---

    @Test
    void unexpectedErrorInAController_is500WithoutDetails() {
        provider.failNextCall(new IllegalStateException("password=hunter2 at com.acme.Secret"));
        var body = expectError(get(LIST), 500, "Internal error");
        assertThat(body).doesNotContain("hunter2");
    }

    @Test
    void unexpectedErrorOutsideControllers_is500InTheSameFormat() {
        var response = client.get().uri(FAILING_FILTER_PATH).header("X-API-TOKEN", TOKEN).exchange();
        expectError(response, 500, "Internal error");
        response.expectHeader().valueEquals("X-Tavus-Mode", "sandbox");
    }

    private WebTestClient.ResponseSpec create(String json) {
        return client.post().uri(CREATE)
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
