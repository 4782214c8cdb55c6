package com.acme.tavus.adapter.tavus.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A sandbox resource kept exactly as Tavus would return it, as a JSON document, so that JSON Patch
 * applies to it as on Tavus. Used for guardrails and objectives sets.
 */
record SandboxDocument(String id, Map<String, Object> json) {

    SandboxDocument {
        Objects.requireNonNull(id, "id");
        json = SandboxJson.copy(json);
    }

    /** This document replaced by {@code after}, refusing changes to {@code readOnly} fields, stamped at {@code now}. */
    SandboxDocument patched(Map<String, Object> after, Set<String> readOnly, String now) {
        return new SandboxDocument(id,
                SandboxDocuments.stamped(SandboxDocuments.readOnlyKept(json, after, readOnly), now));
    }
}
