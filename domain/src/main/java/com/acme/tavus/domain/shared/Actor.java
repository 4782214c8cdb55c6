package com.acme.tavus.domain.shared;

/**
 * Who asked for a change: the name of the API token (or, later, the admin user) behind a request.
 * Recorded next to what it changed so every row can be attributed.
 */
public record Actor(String name) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
    }
}
