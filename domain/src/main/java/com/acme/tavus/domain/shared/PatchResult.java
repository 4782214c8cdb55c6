package com.acme.tavus.domain.shared;

import java.util.Optional;

/**
 * What applying a JSON Patch to a provider resource did. Tavus answers a patch that changes nothing
 * with 304 and a successful one with 200 and, depending on the endpoint and version, no body or the
 * patched resource; this keeps all three outcomes apart.
 *
 * @param changed false when the patch left the resource as it was
 * @param updated the resource after the patch, when the provider returned it
 */
public record PatchResult<T>(boolean changed, Optional<T> updated) {

    public PatchResult {
        updated = updated == null ? Optional.empty() : updated;
    }

    public static <T> PatchResult<T> unchanged() {
        return new PatchResult<>(false, Optional.empty());
    }

    public static <T> PatchResult<T> changed(T updated) {
        return new PatchResult<>(true, Optional.ofNullable(updated));
    }
}
