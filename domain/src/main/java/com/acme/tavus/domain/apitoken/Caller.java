package com.acme.tavus.domain.apitoken;

import com.acme.tavus.domain.shared.Actor;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** An authenticated client of the platform: who it is and what it may do. */
public record Caller(Actor actor, Set<Scope> scopes) {

    public Caller {
        Objects.requireNonNull(actor, "actor");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
