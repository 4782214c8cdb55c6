package com.acme.tavus.adapter.tavus;

import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.API_KEY;
import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.MAX_RESPONSE_BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Every way a Tavus call can fail, on the wire, and the port error it must become. */
class TavusHttpErrorMappingTest {

    private static final ConversationId ID = ConversationId.of("c0123456789a");
    private static final String CONVERSATION = "/v2/conversations/c0123456789a";

    private static FakeTavusServer tavus;
    private TavusHttpConversationProvider provider;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @BeforeEach
    void setUp() {
        tavus.reset();
        provider = TavusWireTestSupport.provider(tavus);
    }

    @Test
    void get_400InvalidConversationId_isNotFound() {
        tavus.on("GET", CONVERSATION, FakeResponse.tavusError(400, "error", "Invalid conversation_id"));

        expectError(provider.get(ID, false), NotFoundException.class, e -> {
            assertThat(e.resource()).isEqualTo("conversation");
            assertThat(e.id()).isEqualTo(ID.value());
        });
    }

    @Test
    void end_400InvalidConversationIdInMessageKey_isNotFound() {
        tavus.on("POST", CONVERSATION + "/end", FakeResponse.tavusError(400, "message", "Invalid conversation_id"));

        expectError(provider.end(ID), NotFoundException.class, e -> assertThat(e.id()).isEqualTo(ID.value()));
    }

    @Test
    void delete_404_isNotFound() {
        tavus.on("DELETE", CONVERSATION, FakeResponse.tavusError(404, "message", "Conversation not found"));

        expectError(provider.delete(ID, true), NotFoundException.class,
                e -> assertThat(e.resource()).isEqualTo("conversation"));
    }

    @Test
    void get_400SayingNotFound_isNotFound() {
        tavus.on("GET", CONVERSATION, FakeResponse.tavusError(400, "error", "Conversation not found"));

        expectError(provider.get(ID, true), NotFoundException.class, e -> assertThat(e.id()).isEqualTo(ID.value()));
    }

    @Test
    void create_400InvalidReplicaId_isRejectedNamingTheField() {
        tavus.on("POST", "/v2/conversations", FakeResponse.tavusError(400, "error", "Invalid replica_id"));

        expectError(provider.create(request()), ProviderException.Rejected.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Invalid replica_id");
            assertThat(e.field()).contains("replica_id");
        });
    }

    @Test
    void create_400WithMessageKey_isRejectedWithTavusText() {
        tavus.on("POST", "/v2/conversations", FakeResponse.tavusError(400, "message", "max_participants must be at least 2"));

        expectError(provider.create(request()), ProviderException.Rejected.class, e -> {
            assertThat(e.getMessage()).isEqualTo("max_participants must be at least 2");
            assertThat(e.field()).isEmpty();
        });
    }

    @Test
    void create_400WithoutBody_isRejectedWithAGenericText() {
        tavus.on("POST", "/v2/conversations", FakeResponse.status(400));

        expectError(provider.create(request()), ProviderException.Rejected.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus rejected the request"));
    }

    @Test
    void create_400WithHtmlBody_neverShowsTheBody() {
        tavus.on("POST", "/v2/conversations",
                FakeResponse.text(400, "text/html", "<html><body>nginx internal-lb-7.tavus.local</body></html>"));

        expectError(provider.create(request()), ProviderException.Rejected.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus rejected the request"));
    }

    @Test
    void create_409IsAConflictAnd422IsRejected() {
        tavus.enqueue(FakeResponse.tavusError(409, "error", "Document is being recrawled"),
                FakeResponse.tavusError(422, "message", "Invalid patch operation"));

        expectError(provider.create(request()), ProviderException.Conflict.class,
                e -> assertThat(e.getMessage()).isEqualTo("Document is being recrawled"));
        expectError(provider.create(request()), ProviderException.Rejected.class,
                e -> assertThat(e.getMessage()).isEqualTo("Invalid patch operation"));
    }

    @Test
    void create_401_isBadGatewayPointingAtTheConfigurationWithoutTheKey() {
        tavus.on("POST", "/v2/conversations", FakeResponse.tavusError(401, "message", "Invalid access token"));

        expectError(provider.create(request()), ProviderException.BadGateway.class, e ->
                assertThat(e.getMessage()).isEqualTo("Tavus rejected the platform's API key; check TAVUS_API_KEY"));
    }

    @Test
    void get_403_isBadGatewayAboutTheKeyEvenWithAPathId() {
        tavus.on("GET", CONVERSATION, FakeResponse.tavusError(403, "error", "Forbidden for key " + API_KEY));

        expectError(provider.get(ID, false), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).contains("TAVUS_API_KEY"));
    }

    @Test
    void create_429WithRetryAfterSeconds_isRateLimitedWithTheDelay() {
        tavus.on("POST", "/v2/conversations",
                FakeResponse.tavusError(429, "error", "Too many crawls in progress").withHeader("Retry-After", "7"));

        expectError(provider.create(request()), ProviderException.RateLimited.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Too many crawls in progress");
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        });
    }

    @Test
    void list_429WithoutRetryAfterOrBody_isRateLimitedWithoutADelay() {
        tavus.on("GET", "/v2/conversations", FakeResponse.status(429));

        expectError(provider.list(new ConversationFilter(PageRequest.defaults(), null)),
                ProviderException.RateLimited.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Tavus is rate limiting requests; try again later");
                    assertThat(e.retryAfter()).isEmpty();
                });
    }

    @Test
    void get_500_isBadGatewayWithoutTheUpstreamBody() {
        tavus.on("GET", CONVERSATION, FakeResponse.tavusError(500, "error", "NullPointerException at db.tavus.internal:5432"));

        expectError(provider.get(ID, false), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus answered 500"));
    }

    @Test
    void end_503_isBadGateway() {
        tavus.on("POST", CONVERSATION + "/end", FakeResponse.text(503, "text/plain", "upstream connect error"));

        expectError(provider.end(ID), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus answered 503"));
    }

    @Test
    void list_404WithoutAPathId_isBadGatewayNotNotFound() {
        tavus.on("GET", "/v2/conversations", FakeResponse.tavusError(404, "message", "Not Found"));

        expectError(provider.list(new ConversationFilter(PageRequest.defaults(), null)),
                ProviderException.BadGateway.class, e -> assertThat(e.getMessage()).isEqualTo("Tavus answered 404"));
    }

    @Test
    void get_unexpectedRedirect_isBadGatewayAndNotFollowed() {
        tavus.on("GET", CONVERSATION, FakeResponse.status(302).withHeader("Location", "http://127.0.0.1:1/steal"));

        expectError(provider.get(ID, false), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus answered 302"));
        assertThat(tavus.requests()).hasSize(1);
    }

    @Test
    void get_200WithMalformedJson_isUnreadable() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok("{\"conversation_id\": \"c1\", \"status\": "));

        expectUnreadable(provider.get(ID, false));
    }

    @Test
    void get_200WithEmptyBody_isUnreadable() {
        tavus.on("GET", CONVERSATION, FakeResponse.status(200));

        expectUnreadable(provider.get(ID, false));
    }

    @Test
    void get_200WithoutConversationId_isUnreadable() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok("{\"status\": \"active\"}"));

        expectUnreadable(provider.get(ID, false));
    }

    @Test
    void get_200WithHtml_isUnreadable() {
        tavus.on("GET", CONVERSATION, FakeResponse.text(200, "text/html", "<html>maintenance</html>"));

        expectUnreadable(provider.get(ID, false));
    }

    @Test
    void get_connectionClosedMidBody_isUnreadable() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok("{\"conversation_id\": \"c0123456789a\", \"status\": \"active\"}")
                .closingMidBody());

        expectUnreadable(provider.get(ID, false));
    }

    @Test
    void list_bodyOverTheSizeCap_isUnreadable() {
        var huge = "{\"data\": [], \"padding\": \"" + "x".repeat(MAX_RESPONSE_BYTES + 1024) + "\"}";
        tavus.on("GET", "/v2/conversations", FakeResponse.ok(huge));

        expectUnreadable(provider.list(new ConversationFilter(PageRequest.defaults(), null)));
    }

    @Test
    void create_oversizedErrorBody_isStillRejected() {
        var huge = "{\"error\": \"" + "x".repeat(MAX_RESPONSE_BYTES + 1024) + "\"}";
        tavus.on("POST", "/v2/conversations", FakeResponse.json(400, huge));

        expectError(provider.create(request()), ProviderException.Rejected.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus rejected the request"));
    }

    @Test
    void get_slowerThanItsDeadline_isTimeout() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok("{}").delayedBy(Duration.ofSeconds(1)));
        var impatient = new TavusHttpConversationProvider(TavusWireTestSupport.calls(tavus.baseUrl(),
                TavusTimeouts.uniform(Duration.ofMillis(300))));

        expectError(impatient.get(ID, false), ProviderException.Timeout.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus did not answer in time"));
    }

    @Test
    void create_connectionClosedWithoutAnswer_isBadGatewayNotUnavailable() {
        // The request reached Tavus and may have created a room: callers must not treat it as safe to retry.
        tavus.on("POST", "/v2/conversations", FakeResponse.dropConnection());

        expectError(provider.create(request()), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus closed the connection without answering"));
    }

    @Test
    void anyCall_connectionRefused_isUnavailable() {
        var nobody = new TavusHttpConversationProvider(TavusWireTestSupport.calls(FakeTavusServer.unreachableBaseUrl()));

        StepVerifier.create(nobody.get(ID, false))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ProviderException.Unavailable.class)
                            .hasMessage("Tavus could not be reached")
                            .hasNoCause();
                    assertThat(((ProviderException.Unavailable) e).retryAfter()).isEmpty();
                    assertSafeMessage(e);
                })
                .verify(Duration.ofSeconds(5));
    }

    private static ConversationRequest request() {
        return new ConversationRequest(ReplicaId.of("re8e740a42"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static void expectUnreadable(Mono<?> call) {
        expectError(call, ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus sent an answer the platform could not read"));
    }

    private static <E extends Throwable> void expectError(Mono<?> call, Class<E> type, Consumer<E> check) {
        StepVerifier.create(call)
                .expectErrorSatisfies(e -> {
                    assertThat(e).asInstanceOf(InstanceOfAssertFactories.type(type)).satisfies(check);
                    assertSafeMessage(e);
                })
                .verify(Duration.ofSeconds(5));
    }

    /** No port error may leak where Tavus lives, the key, or upstream internals. */
    private static void assertSafeMessage(Throwable e) {
        assertThat(e.getMessage())
                .doesNotContain(API_KEY)
                .doesNotContain("127.0.0.1")
                .doesNotContain("http://")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain(String.valueOf(tavus.port()));
    }
}
