package com.acme.tavus.adapter.tavus.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A conversation in the sandbox account, with the events Tavus would have sent to its callback URL
 * (returned by a verbose get). Its URL is not stored: it is written from {@link SandboxSettings}
 * on every read, so it always names the platform's current address.
 *
 * @param greeting the request's custom greeting, used for the simulated transcript
 * @param events webhook-shaped payloads in the order they happened
 * @param maxCallDuration seconds after creation at which the call ends by itself, as Tavus's
 *     {@code max_call_duration}
 */
record SandboxConversation(
        String id,
        String name,
        String status,
        String callbackUrl,
        String replicaId,
        String personaId,
        String createdAt,
        String updatedAt,
        String meetingToken,
        String greeting,
        List<Map<String, Object>> events,
        int maxCallDuration) {

    static final String ACTIVE = "active";
    static final String ENDED = "ended";

    static final int DEFAULT_MAX_CALL_DURATION = 3600;

    SandboxConversation {
        events = List.copyOf(events);
    }

    /** A conversation with Tavus's default {@code max_call_duration}. */
    SandboxConversation(String id, String name, String status, String callbackUrl, String replicaId,
            String personaId, String createdAt, String updatedAt, String meetingToken, String greeting,
            List<Map<String, Object>> events) {
        this(id, name, status, callbackUrl, replicaId, personaId, createdAt, updatedAt, meetingToken, greeting,
                events, DEFAULT_MAX_CALL_DURATION);
    }

    /** True when the call is still on although its {@code max_call_duration} has passed at {@code now}. */
    boolean isOverdue(Instant now) {
        return !isEnded() && !Instant.parse(createdAt).plusSeconds(maxCallDuration).isAfter(now);
    }

    boolean isEnded() {
        return ENDED.equals(status);
    }

    SandboxConversation ended(String at, List<Map<String, Object>> newEvents) {
        var all = new ArrayList<>(events);
        all.addAll(newEvents);
        return new SandboxConversation(id, name, ENDED, callbackUrl, replicaId, personaId, createdAt, at,
                meetingToken, greeting, Collections.unmodifiableList(all), maxCallDuration);
    }
}
