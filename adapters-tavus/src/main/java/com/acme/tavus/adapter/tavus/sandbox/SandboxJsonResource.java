package com.acme.tavus.adapter.tavus.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A sandbox resource kept exactly as Tavus would return it, as a JSON document, so that JSON Patch
 * applies to it as on Tavus. Used for guardrails and objectives sets.
 */
record SandboxJsonResource(String id, Map<String, Object> json) {

    SandboxJsonResource {
        Objects.requireNonNull(id, "id");
        json = SandboxJson.copy(json);
    }

    /** This document replaced by {@code after}, refusing changes to {@code readOnly} fields, stamped at {@code now}. */
    SandboxJsonResource patched(Map<String, Object> after, Set<String> readOnly, String now) {
        return new SandboxJsonResource(id,
                SandboxJsonResources.stamped(SandboxJsonResources.readOnlyKept(json, after, readOnly), now));
    }
}
