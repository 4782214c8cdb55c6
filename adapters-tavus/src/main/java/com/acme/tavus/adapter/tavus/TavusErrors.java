package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.unix.Errors.NativeIoException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one translation from Tavus failures to the port's errors ({@link ProviderException} and
 * {@link NotFoundException}), shared by every Tavus resource.
 *
 * <p>Rules, and why:
 * <ul>
 *   <li>Tavus writes error bodies as {@code {"error": "..."}} or {@code {"message": "..."}}, with no
 *       fixed key per status, and sometimes sends no body or a non-JSON one: whichever key is present
 *       is used; anything else is never shown.
 *   <li>Tavus documents an unknown id as 400 {@code "Invalid conversation_id"}, not 404, so a 400
 *       naming the path's own id (or saying "not found") is a {@link NotFoundException}.
 *   <li>409 means "not now" (a document recrawled while still processing): a {@link
 *       ProviderException.Conflict}, so the client learns that waiting, not changing the request, helps.
 *   <li>401/403 means the platform's key is wrong: that is the platform's problem, not the caller's,
 *       so it becomes a bad gateway that points at the configuration (and never at the key).
 *   <li>Messages never contain URLs, hosts, keys or upstream stack traces; details go to the log.
 * </ul>
 */
final class TavusErrors {

    private static final Logger log = LoggerFactory.getLogger(TavusErrors.class);

    static final String UNREADABLE = "Tavus sent an answer the platform could not read";
    static final String BAD_KEY = "Tavus rejected the platform's API key; check TAVUS_API_KEY";
    static final String UNREACHABLE = "Tavus could not be reached";
    static final String TOO_SLOW = "Tavus did not answer in time";
    static final String CLOSED = "Tavus closed the connection without answering";
    static final String FAILED = "The call to Tavus failed before an answer arrived";
    static final String REJECTED = "Tavus rejected the request";
    static final String CONFLICT = "The request conflicts with the current state of the resource on Tavus";
    static final String RATE_LIMITED = "Tavus is rate limiting requests; try again later";

    private static final int MAX_MESSAGE_LENGTH = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A snake_case (optionally dotted) field name right after "Invalid", as in "Invalid replica_id". */
    private static final Pattern INVALID_FIELD =
            Pattern.compile("(?i)\\binvalid\\s+([a-z][a-z0-9]*(?:[_.][a-z0-9]+)+)\\b");
    /** "guardrail_name is required", as objectives and guardrails phrase it. */
    private static final Pattern REQUIRED_FIELD =
            Pattern.compile("(?i)^\\s*([a-z][a-z0-9]*(?:[_.][a-z0-9]+)+)\\s+is\\s+required\\b");
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)\\bnot\\s+found\\b");

    private TavusErrors() {}

    /** Reads a non-2xx answer (its body is bounded by the client's size cap) and translates it. */
    static Mono<TavusFailure> fromResponse(ClientResponse response, TavusTarget target) {
        var status = response.statusCode().value();
        var headers = response.headers().asHttpHeaders();
        return response.bodyToMono(String.class)
                .onErrorResume(unreadable -> Mono.empty())
                .defaultIfEmpty("")
                .map(body -> TavusFailure.of(
                        fromStatus(status, headers, body, target, Clock.systemUTC().instant()), kindOf(status)));
    }

    /** What an error status means for the resilience policy: only 5xx says Tavus is in trouble. */
    static TavusFailure.Kind kindOf(int status) {
        if (status == 429) {
            return TavusFailure.Kind.RATE_LIMITED;
        }
        return status >= 500 ? TavusFailure.Kind.SERVER_ERROR : TavusFailure.Kind.REFUSED;
    }

    /** The error for an HTTP answer with {@code status}; a pure function so every rule is testable. */
    static RuntimeException fromStatus(int status, HttpHeaders headers, String body, TavusTarget target, Instant now) {
        var message = messageOf(body);
        var error = switch (status) {
            case 401, 403 -> new ProviderException.BadGateway(BAD_KEY);
            case 404 -> target.pathId() != null
                    ? new NotFoundException(target.resource(), target.pathId())
                    : new ProviderException.BadGateway("Tavus answered 404");
            case 400, 422 -> status == 400 && namesMissingPathId(message, target)
                    ? new NotFoundException(target.resource(), target.pathId())
                    : new ProviderException.Rejected(message != null ? message : REJECTED, fieldOf(message));
            case 409 -> new ProviderException.Conflict(message != null ? message : CONFLICT);
            case 429 -> new ProviderException.RateLimited(
                    message != null ? message : RATE_LIMITED, retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), now));
            default -> new ProviderException.BadGateway("Tavus answered " + status);
        };
        if (status == 401 || status == 403) {
            // Not even Tavus's text: whatever it says about a rejected key stays out of the log.
            log.warn("Tavus answered {} for {}: the API key was refused", status, describe(target));
        } else if (status >= 500) {
            log.warn("Tavus answered {} for {} (upstream message: {})", status, describe(target), message);
        } else {
            log.debug("Tavus answered {} for {} (upstream message: {})", status, describe(target), message);
        }
        return error;
    }

    /**
     * Translates a failure that is not an HTTP error status: a transport problem, a timeout, or an
     * answer that could not be decoded. Port errors pass through unchanged.
     */
    static RuntimeException fromFailure(Throwable failure, TavusTarget target) {
        return failureOf(failure, target).error();
    }

    /**
     * As {@link #fromFailure}, keeping what happened on the wire for the resilience policy. A
     * {@link TavusFailure} (an error status already translated) passes through unchanged.
     */
    static TavusFailure failureOf(Throwable failure, TavusTarget target) {
        if (failure instanceof TavusFailure known) {
            return known;
        }
        if (failure instanceof ProviderException.RateLimited limited) {
            return TavusFailure.of(limited, TavusFailure.Kind.RATE_LIMITED);
        }
        if (failure instanceof ProviderException || failure instanceof NotFoundException) {
            return TavusFailure.of((RuntimeException) failure, TavusFailure.Kind.REFUSED);
        }
        var classified = classify(failure);
        log.warn("Tavus call for {} failed: {} ({})", describe(target), classified.getMessage(), summary(failure));
        return classified;
    }

    private static TavusFailure classify(Throwable failure) {
        if (hasCause(failure, TimeoutException.class) || hasCause(failure, io.netty.handler.timeout.TimeoutException.class)) {
            return TavusFailure.of(new ProviderException.Timeout(TOO_SLOW), TavusFailure.Kind.TIMEOUT);
        }
        if (hasCause(failure, ConnectException.class) // includes Netty's ConnectTimeoutException
                || hasCause(failure, ConnectTimeoutException.class)
                || hasCause(failure, UnknownHostException.class)
                || hasCause(failure, UnresolvedAddressException.class)
                || hasCause(failure, NoRouteToHostException.class)) {
            // No connection, so not one byte of the request left: the only failure after which
            // even a create may be sent again.
            return TavusFailure.of(new ProviderException.Unavailable(UNREACHABLE, null), TavusFailure.Kind.NOT_SENT);
        }
        if (hasCause(failure, WebClientRequestException.class)) {
            // Sent (or partly sent) but no answer: it may have taken effect, so this is not
            // "unavailable", which callers may treat as safe to retry.
            var closed = hasCause(failure, PrematureCloseException.class);
            return TavusFailure.of(new ProviderException.BadGateway(closed ? CLOSED : FAILED),
                    TavusFailure.Kind.CONNECTION_LOST);
        }
        // Decoding errors, DataBufferLimitException, a connection closed mid-body, or an answer
        // missing required fields: the status was fine but the body was not.
        var unreadable = new ProviderException.BadGateway(UNREADABLE);
        return TavusFailure.of(unreadable, connectionLost(failure)
                ? TavusFailure.Kind.CONNECTION_LOST : TavusFailure.Kind.UNREADABLE);
    }

    /** The body stopped because the connection closed or reset, not because it was wrong. */
    private static boolean connectionLost(Throwable failure) {
        return hasCause(failure, PrematureCloseException.class) || hasCause(failure, SocketException.class)
                || hasCause(failure, ClosedChannelException.class) || hasCause(failure, NativeIoException.class);
    }

    /** True when a 400 says the path's own id is unknown ("Invalid conversation_id", "... not found"). */
    private static boolean namesMissingPathId(String message, TavusTarget target) {
        if (target.pathId() == null || message == null) {
            return false;
        }
        if (NOT_FOUND.matcher(message).find()) {
            return true;
        }
        var field = fieldOf(message);
        // "Invalid conversation_id" on /conversations/{id}; "objectives_id" on objective calls. A
        // different id ("Invalid replica_id" in a persona patch) is a rejected request instead.
        return field != null && field.endsWith("_id") && field.startsWith(target.resource().toLowerCase(Locale.ROOT));
    }

    /** The request field Tavus complained about, when its message names one. */
    static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        var invalid = INVALID_FIELD.matcher(message);
        if (invalid.find()) {
            return invalid.group(1).toLowerCase(Locale.ROOT);
        }
        var required = REQUIRED_FIELD.matcher(message);
        return required.find() ? required.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The {@code error} or {@code message} text of a Tavus error body; {@code null} when there is none. */
    static String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return null; // an HTML error page from a proxy, say: never shown
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        var text = textOf(root.get("error"));
        if (text == null) {
            text = textOf(root.get("message"));
        }
        return text == null ? null : clean(text);
    }

    private static String textOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isObject()) { // {"error": {"message": "..."}}
            var nested = node.get("message");
            return nested != null && nested.isString() ? nested.asString() : null;
        }
        return null;
    }

    private static String clean(String text) {
        var flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
        if (flat.isEmpty()) {
            return null;
        }
        return flat.length() <= MAX_MESSAGE_LENGTH ? flat : flat.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        try {
            var seconds = Long.parseLong(trimmed);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            // fall through to the date form
        }
        try {
            var at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            var wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        var seen = 0;
        for (var t = failure; t != null && seen < 16; t = t.getCause(), seen++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(TavusTarget target) {
        return target.pathId() == null ? target.resource() + "s" : target.resource() + " " + target.pathId();
    }

    /** Exception classes and messages of the cause chain, for the log only (never for callers). */
    private static String summary(Throwable failure) {
        var text = new StringBuilder();
        var seen = 0;
        for (var t = failure; t != null && seen < 5; t = t.getCause(), seen++) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }
}
