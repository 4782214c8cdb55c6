package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What the guardrails and objectives sandboxes share: paging newest first, and patching a stored
 * JSON document atomically with Tavus's outcomes (unchanged, changed, or {@code Rejected}).
 */
final class SandboxJsonResources {

    static final int DEFAULT_LIMIT = 10;

    private SandboxJsonResources() {}

    static <T, R> Page<R> page(SandboxCollection<T> collection, PageRequest request, Function<T, R> toDomain) {
        var all = collection.newestFirst();
        var limit = request.limitOr(DEFAULT_LIMIT);
        var skip = (long) (request.pageOr(1) - 1) * limit;
        return new Page<>(all.stream().skip(skip).limit(limit).map(toDomain).toList(), all.size());
    }

    static SandboxJsonResource find(SandboxCollection<SandboxJsonResource> collection, String resource, String id) {
        return collection.find(id).orElseThrow(() -> new NotFoundException(resource, id));
    }

    /** Applies {@code patch} to the document under {@code id}, keeping {@code readOnly} fields. */
    static <R> PatchResult<R> patch(SandboxCollection<SandboxJsonResource> collection, String resource, String id,
            JsonPatch patch, Set<String> readOnly, String now, Function<SandboxJsonResource, R> toDomain) {
        var changed = new AtomicReference<SandboxJsonResource>();
        var updated = collection.update(id, stored -> SandboxJson.apply(stored.json(), patch)
                .map(after -> {
                    var next = stored.patched(after, readOnly, now);
                    changed.set(next);
                    return next;
                })
                .orElse(stored));
        if (updated.isEmpty()) {
            throw new NotFoundException(resource, id);
        }
        return changed.get() == null ? PatchResult.unchanged() : PatchResult.changed(toDomain.apply(changed.get()));
    }

    static Map<String, Object> readOnlyKept(Map<String, Object> before, Map<String, Object> after, Set<String> readOnly) {
        for (var field : readOnly) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                throw new ProviderException.Rejected("Invalid JSON patch: " + field + " cannot be changed", field);
            }
        }
        return after;
    }

    /** The JSON objects among {@code items} (a patch may have put other values into a set's data). */
    static List<Map<String, Object>> objects(List<?> items) {
        var objects = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            if (item instanceof Map<?, ?> map) {
                var copy = new LinkedHashMap<String, Object>();
                map.forEach((key, value) -> copy.put(String.valueOf(key), value));
                objects.add(copy);
            }
        }
        return objects;
    }

    static Map<String, Object> stamped(Map<String, Object> document, String now) {
        var next = new LinkedHashMap<>(document);
        next.put("updated_at", now);
        return next;
    }
}
