package com.acme.tavus.adapter.tavus;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/** The translation rules on their own, including failures a loopback test cannot provoke. */
class TavusErrorsTest {

    private static final Instant NOW = Instant.parse("2025-07-14T09:14:24Z");
    private static final TavusTarget PERSONA = TavusTarget.item("persona", "p24293d6");
    private static final TavusTarget OBJECTIVES = TavusTarget.item("objective", "o12345");

    @Test
    void messageOf_readsEitherKeyAndNothingElse() {
        assertThat(TavusErrors.messageOf("{\"error\": \"Invalid replica_id\"}")).isEqualTo("Invalid replica_id");
        assertThat(TavusErrors.messageOf("{\"message\": \"guardrail_name is required\"}"))
                .isEqualTo("guardrail_name is required");
        assertThat(TavusErrors.messageOf("{\"error\": {\"message\": \"nested\"}}")).isEqualTo("nested");
        assertThat(TavusErrors.messageOf("{\"error\": \"\", \"message\": \"fallback\"}")).isNull();
        assertThat(TavusErrors.messageOf("{\"detail\": \"other\"}")).isNull();
        assertThat(TavusErrors.messageOf("[\"error\"]")).isNull();
        assertThat(TavusErrors.messageOf("<html>502 Bad Gateway</html>")).isNull();
        assertThat(TavusErrors.messageOf("")).isNull();
        assertThat(TavusErrors.messageOf(null)).isNull();
    }

    @Test
    void messageOf_flattensControlCharactersAndCapsTheLength() {
        assertThat(TavusErrors.messageOf("{\"error\": \"line one\\nline two\\t\"}")).isEqualTo("line one line two");
        assertThat(TavusErrors.messageOf("{\"error\": \"" + "a".repeat(1000) + "\"}")).hasSize(301).endsWith("…");
    }

    @Test
    void fieldOf_findsTheFieldTavusComplainsAbout() {
        assertThat(TavusErrors.fieldOf("Invalid replica_id")).isEqualTo("replica_id");
        assertThat(TavusErrors.fieldOf("Invalid train_video_url")).isEqualTo("train_video_url");
        assertThat(TavusErrors.fieldOf("invalid properties.max_call_duration value")).isEqualTo("properties.max_call_duration");
        assertThat(TavusErrors.fieldOf("objective_name is required")).isEqualTo("objective_name");
        assertThat(TavusErrors.fieldOf("Invalid access token")).isNull();
        assertThat(TavusErrors.fieldOf("There was an error creating the conversation")).isNull();
        assertThat(TavusErrors.fieldOf(null)).isNull();
    }

    @Test
    void fromStatus_400NamingAnotherResourcesId_isRejectedNotNotFound() {
        var error = TavusErrors.fromStatus(400, new HttpHeaders(), "{\"error\": \"Invalid replica_id\"}", PERSONA, NOW);

        assertThat(error).isInstanceOf(ProviderException.Rejected.class);
        assertThat(((ProviderException.Rejected) error).field()).contains("replica_id");
    }

    @Test
    void fromStatus_400NamingThePathResourceInPlural_isNotFound() {
        var error = TavusErrors.fromStatus(400, new HttpHeaders(), "{\"message\": \"Invalid objectives_id\"}", OBJECTIVES, NOW);

        assertThat(error).isInstanceOf(NotFoundException.class).hasMessage("objective o12345 was not found");
    }

    @Test
    void fromStatus_400InvalidIdWithoutPathId_isRejected() {
        var error = TavusErrors.fromStatus(400, new HttpHeaders(), "{\"error\": \"Invalid conversation_id\"}",
                TavusTarget.collection("conversation"), NOW);

        assertThat(error).isInstanceOf(ProviderException.Rejected.class);
    }

    @Test
    void fromStatus_unusualStatuses_areBadGatewayWithTheStatusOnly() {
        for (var status : new int[] {304, 402, 418, 500, 502, 504}) {
            assertThat(TavusErrors.fromStatus(status, new HttpHeaders(), "{\"error\": \"secret detail\"}", PERSONA, NOW))
                    .isInstanceOf(ProviderException.BadGateway.class)
                    .hasMessage("Tavus answered " + status);
        }
    }

    @Test
    void retryAfter_acceptsSecondsAndHttpDates() {
        assertThat(TavusErrors.retryAfter("120", NOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(TavusErrors.retryAfter(" 0 ", NOW)).isEqualTo(Duration.ZERO);
        assertThat(TavusErrors.retryAfter("Mon, 14 Jul 2025 09:15:24 GMT", NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TavusErrors.retryAfter("Mon, 14 Jul 2025 09:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfter_ignoresWhatItCannotRead() {
        assertThat(TavusErrors.retryAfter(null, NOW)).isNull();
        assertThat(TavusErrors.retryAfter("", NOW)).isNull();
        assertThat(TavusErrors.retryAfter("-5", NOW)).isNull();
        assertThat(TavusErrors.retryAfter("soon", NOW)).isNull();
        assertThat(TavusErrors.retryAfter("99999999999999999999", NOW)).isNull();
    }

    @Test
    void fromFailure_connectTimeoutAndUnknownHost_areUnavailable() {
        for (var cause : new Exception[] {new ConnectTimeoutException("connection timed out: tavusapi.com/1.2.3.4:443"),
                new UnknownHostException("tavusapi.com")}) {
            var error = TavusErrors.fromFailure(requestFailure(cause), PERSONA);

            assertThat(error).isInstanceOf(ProviderException.Unavailable.class).hasMessage("Tavus could not be reached");
        }
    }

    @Test
    void fromFailure_readTimeoutsAreTimeouts() {
        assertThat(TavusErrors.fromFailure(requestFailure(ReadTimeoutException.INSTANCE), PERSONA))
                .isInstanceOf(ProviderException.Timeout.class);
        assertThat(TavusErrors.fromFailure(ReadTimeoutException.INSTANCE, PERSONA))
                .isInstanceOf(ProviderException.Timeout.class);
        assertThat(TavusErrors.fromFailure(new TimeoutException("Did not observe any item"), PERSONA))
                .isInstanceOf(ProviderException.Timeout.class);
    }

    @Test
    void fromFailure_undecodableAnswersAreUnreadable() {
        for (var failure : new Exception[] {new DecodingException("JSON decoding error"),
                new DataBufferLimitException("Exceeded limit on max bytes to buffer : 65536"),
                new IllegalStateException("empty body")}) {
            assertThat(TavusErrors.fromFailure(failure, PERSONA))
                    .isInstanceOf(ProviderException.BadGateway.class)
                    .hasMessage("Tavus sent an answer the platform could not read");
        }
    }

    @Test
    void fromFailure_otherRequestFailures_areBadGatewayBecauseTheRequestMayHaveLanded() {
        assertThat(TavusErrors.fromFailure(requestFailure(new java.io.IOException("Connection reset by peer")), PERSONA))
                .isInstanceOf(ProviderException.BadGateway.class)
                .hasMessage("The call to Tavus failed before an answer arrived");
    }

    @Test
    void fromFailure_portErrorsPassThroughUnchanged() {
        var notFound = new NotFoundException("persona", "p1");
        var rejected = new ProviderException.Rejected("Invalid replica_id", "replica_id");

        assertThat(TavusErrors.fromFailure(notFound, PERSONA)).isSameAs(notFound);
        assertThat(TavusErrors.fromFailure(rejected, PERSONA)).isSameAs(rejected);
    }

    @Test
    void failureOf_tellsThePolicyWhatHappenedOnTheWire() {
        assertThat(TavusErrors.failureOf(requestFailure(new ConnectException("Connection refused")), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.NOT_SENT);
        assertThat(TavusErrors.failureOf(new TimeoutException("Did not observe any item"), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.TIMEOUT);
        assertThat(TavusErrors.failureOf(requestFailure(new java.io.IOException("Connection reset by peer")), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.CONNECTION_LOST);
        assertThat(TavusErrors.failureOf(new DecodingException("x", new SocketException("Connection reset")), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.CONNECTION_LOST);
        assertThat(TavusErrors.failureOf(new DataBufferLimitException("Exceeded limit"), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.UNREADABLE);
        assertThat(TavusErrors.failureOf(new ProviderException.RateLimited("slow down", null), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.RATE_LIMITED);
        assertThat(TavusErrors.failureOf(new NotFoundException("persona", "p1"), PERSONA).kind())
                .isEqualTo(TavusFailure.Kind.REFUSED);
    }

    @Test
    void kindOf_onlyFiveHundredsAreServerErrors_and429IsRateLimiting() {
        assertThat(TavusErrors.kindOf(500)).isEqualTo(TavusFailure.Kind.SERVER_ERROR);
        assertThat(TavusErrors.kindOf(503)).isEqualTo(TavusFailure.Kind.SERVER_ERROR);
        assertThat(TavusErrors.kindOf(429)).isEqualTo(TavusFailure.Kind.RATE_LIMITED);
        assertThat(TavusErrors.kindOf(400)).isEqualTo(TavusFailure.Kind.REFUSED);
        assertThat(TavusErrors.kindOf(401)).isEqualTo(TavusFailure.Kind.REFUSED);
        assertThat(TavusErrors.kindOf(302)).isEqualTo(TavusFailure.Kind.REFUSED);
    }

    @Test
    void tavusFailure_retriesCreatesOnlyWhenNothingWasSent() {
        var create = TavusOperation.CONVERSATION_CREATE;
        var get = TavusOperation.CONVERSATION_GET;
        var timeout = TavusFailure.of(new ProviderException.Timeout("late"), TavusFailure.Kind.TIMEOUT);
        var refused = TavusFailure.of(new ProviderException.Unavailable("down", null), TavusFailure.Kind.NOT_SENT);
        var unreadable = TavusFailure.of(new ProviderException.BadGateway("?"), TavusFailure.Kind.UNREADABLE);

        assertThat(refused.during(create).worthRetrying()).isTrue();
        assertThat(timeout.during(create).worthRetrying()).isFalse();
        assertThat(timeout.during(get).worthRetrying()).isTrue();
        assertThat(unreadable.during(get).worthRetrying()).isFalse();
        assertThat(unreadable.upstreamFault()).isTrue();
    }

    private static WebClientRequestException requestFailure(Throwable cause) {
        return new WebClientRequestException(cause, HttpMethod.GET, URI.create("https://tavusapi.com/v2/personas/p1"),
                new HttpHeaders());
    }
}
