package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up for tests that talk to {@link FakeTavusServer} through a real Tavus client. */
final class TavusWireTestSupport {

    static final String API_KEY = "tvs-test-key-0123456789abcdef";
    static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(300);
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TavusWireTestSupport() {}

    static TavusClientSettings settings(URI baseUrl) {
        return new TavusClientSettings(baseUrl, API_KEY, Duration.ofSeconds(2), RESPONSE_TIMEOUT, MAX_RESPONSE_BYTES);
    }

    static WebClient client(URI baseUrl) {
        return TavusWebClients.create(WebClient.builder(), settings(baseUrl));
    }

    static TavusHttpConversationProvider provider(FakeTavusServer server) {
        return new TavusHttpConversationProvider(client(server.baseUrl()));
    }

    static Map<String, Object> json(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
    }
}
