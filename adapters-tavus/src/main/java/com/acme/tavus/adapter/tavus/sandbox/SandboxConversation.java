package com.acme.tavus.adapter.tavus.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A conversation in the sandbox account, with the events Tavus would have sent to its callback URL
 * (returned by a verbose get).
 *
 * @param greeting the request's custom greeting, used for the simulated transcript
 * @param events webhook-shaped payloads in the order they happened
 */
record SandboxConversation(
        String id,
        String name,
        String url,
        String status,
        String callbackUrl,
        String replicaId,
        String personaId,
        String createdAt,
        String updatedAt,
        String meetingToken,
        String greeting,
        List<Map<String, Object>> events) {

    static final String ACTIVE = "active";
    static final String ENDED = "ended";

    SandboxConversation {
        events = List.copyOf(events);
    }

    boolean isEnded() {
        return ENDED.equals(status);
    }

    SandboxConversation ended(String at, List<Map<String, Object>> newEvents) {
        var all = new ArrayList<>(events);
        all.addAll(newEvents);
        return new SandboxConversation(id, name, url, ENDED, callbackUrl, replicaId, personaId, createdAt, at,
                meetingToken, greeting, Collections.unmodifiableList(all));
    }
}
