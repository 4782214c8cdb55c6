package com.acme.tavus.adapter.tavus.testing;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link FakeTavusServer} answers: a status, headers and a body, optionally late or broken.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * @param delay how long to wait before answering (to provoke client timeouts)
 * @param fault how to break the connection instead of answering normally
 */
public record FakeResponse(int status, Map<String, String> headers, String body, Duration delay, Fault fault) {

    /** Ways to break the exchange at the transport level. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** Send the status, the headers (with the full Content-Length) and half the body, then close. */
        CLOSE_MID_BODY,
        /** Like {@link #CLOSE_MID_BODY}, but abort the connection with a TCP reset (RST) instead of a close. */
        RESET_MID_BODY,
        /** Send the status, the headers and half the body, then nothing more, keeping the connection open. */
        STALL_MID_BODY,
        /** Read the request, then close the connection without answering. */
        CLOSE_WITHOUT_RESPONSE
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FakeResponse {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a 3-digit HTTP status");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
        delay = delay == null ? Duration.ZERO : delay;
        fault = Objects.requireNonNull(fault, "fault");
    }

    /** A JSON answer. */
    public static FakeResponse json(int status, String json) {
        return new FakeResponse(status, Map.of("Content-Type", "application/json"), json, Duration.ZERO, Fault.NONE);
    }

    /** 200 with a JSON body. */
    public static FakeResponse ok(String json) {
        return json(200, json);
    }

    /** A status without a body or content type, such as 204. */
    public static FakeResponse status(int status) {
        return new FakeResponse(status, Map.of(), "", Duration.ZERO, Fault.NONE);
    }

    /** Any body with the given content type, such as an HTML error page from a proxy. */
    public static FakeResponse text(int status, String contentType, String body) {
        return new FakeResponse(status, Map.of("Content-Type", contentType), body, Duration.ZERO, Fault.NONE);
    }

    /** A Tavus error body: {@code {"error": "..."}} (key {@code error}) or {@code {"message": "..."}}. */
    public static FakeResponse tavusError(int status, String key, String message) {
        return json(status, JSON.writeValueAsString(Map.of(key, message)));
    }

    /** Closes the connection after reading the request, without any answer. */
    public static FakeResponse dropConnection() {
        return new FakeResponse(200, Map.of(), "", Duration.ZERO, Fault.CLOSE_WITHOUT_RESPONSE);
    }

    public FakeResponse withHeader(String name, String value) {
        var copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FakeResponse(status, copy, body, delay, fault);
    }

    public FakeResponse withBody(String newBody) {
        return new FakeResponse(status, headers, newBody, delay, fault);
    }

    public FakeResponse delayedBy(Duration by) {
        return new FakeResponse(status, headers, body, by, fault);
    }

    /** This answer, but the connection closes halfway through the body. */
    public FakeResponse closingMidBody() {
        return new FakeResponse(status, headers, body, delay, Fault.CLOSE_MID_BODY);
    }

    /** This answer, but the connection is reset (RST) halfway through the body. */
    public FakeResponse resettingMidBody() {
        return new FakeResponse(status, headers, body, delay, Fault.RESET_MID_BODY);
    }

    /** This answer, but the body stops halfway and the rest never comes. */
    public FakeResponse stallingMidBody() {
        return new FakeResponse(status, headers, body, delay, Fault.STALL_MID_BODY);
    }
}
