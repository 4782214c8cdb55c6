package com.acme.tavus.adapter.tavus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake itself, since other modules' tests rely on it. Uses the JDK client to stay independent. */
class FakeTavusServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private static FakeTavusServer tavus;

    @BeforeAll
    static void start() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stop() {
        tavus.close();
    }

    @BeforeEach
    void reset() {
        tavus.reset();
    }

    @Test
    void baseUrl_isLoopbackWithTheV2Prefix() {
        assertThat(tavus.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + tavus.port() + "/v2");
    }

    @Test
    void requests_areRecordedWithMethodPathQueryHeadersAndBody() throws Exception {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok("{}"));

        send(HttpRequest.newBuilder(uri("/conversations?verbose=true&name=a%20b"))
                .header("x-api-key", "k1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"replica_id\":\"r1\"}")));

        var recorded = tavus.lastRequest();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v2/conversations");
        assertThat(recorded.query()).isEqualTo("verbose=true&name=a%20b");
        assertThat(recorded.queryParams()).isEqualTo(Map.of("verbose", List.of("true"), "name", List.of("a b")));
        assertThat(recorded.header("X-API-KEY")).isEqualTo("k1");
        assertThat(recorded.body()).isEqualTo("{\"replica_id\":\"r1\"}");
    }

    @Test
    void answers_comeFromTheQueueFirstThenTheNewestMatchingRouteThenA501() throws Exception {
        tavus.on("GET", "/v2/replicas/.*", FakeResponse.ok("{\"route\": \"old\"}"));
        tavus.on("GET", "/v2/replicas/r[0-9]+", request -> FakeResponse.ok("{\"route\": \"" + request.path() + "\"}"));
        tavus.enqueue(FakeResponse.status(204));

        assertThat(send(HttpRequest.newBuilder(uri("/replicas/r1"))).statusCode()).isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri("/replicas/r1"))).body()).isEqualTo("{\"route\": \"/v2/replicas/r1\"}");
        assertThat(send(HttpRequest.newBuilder(uri("/replicas/rx"))).body()).isEqualTo("{\"route\": \"old\"}");
        var unmatched = send(HttpRequest.newBuilder(uri("/personas")));
        assertThat(unmatched.statusCode()).isEqualTo(501);
        assertThat(unmatched.body()).contains("no response for GET /v2/personas");
        assertThat(tavus.requests()).hasSize(4);
    }

    @Test
    void answers_carryStatusHeadersAndBody() throws Exception {
        tavus.on("GET", "/v2/limited", FakeResponse.tavusError(429, "error", "slow \"down\"").withHeader("Retry-After", "3"));

        var response = send(HttpRequest.newBuilder(uri("/limited")));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("3");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":\"slow \\\"down\\\"\"}");
    }

    @Test
    void unreachableBaseUrl_refusesConnections() {
        var nobody = FakeTavusServer.unreachableBaseUrl();

        assertThat(nobody.getHost()).isEqualTo("127.0.0.1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        HTTP.send(HttpRequest.newBuilder(URI.create(nobody + "/x")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.ConnectException.class);
    }

    private static URI uri(String path) {
        return URI.create(tavus.baseUrl() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
