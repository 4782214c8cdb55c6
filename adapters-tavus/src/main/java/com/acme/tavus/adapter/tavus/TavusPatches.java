package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to send a JSON Patch to Tavus (personas, guardrails, objectives). Tavus takes the
 * array as plain {@code application/json}; it answers 304, with or without a body, when nothing
 * changed, and 200 with no body, a message, or the patched resource otherwise. All of these are
 * outcomes, not errors; any other status goes through {@link TavusErrors}.
 */
final class TavusPatches {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TavusPatches() {}

    /** PATCHes {@code patch} to {@code path}; {@code read} finds the resource in a 2xx body, if any. */
    static <T> Mono<PatchResult<T>> send(TavusCalls calls, TavusOperation operation, String path, Object id,
            JsonPatch patch, TavusTarget target, Function<JsonNode, Optional<T>> read) {
        return calls.exchange(operation, target,
                tavus -> tavus.patch().uri(path, id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(patch.toJson()),
                response -> {
                    if (response.statusCode().isSameCodeAs(HttpStatus.NOT_MODIFIED)) {
                        return response.releaseBody().thenReturn(PatchResult.unchanged());
                    }
                    if (response.statusCode().is2xxSuccessful()) {
                        // Read as text: a 200 may come without a body or a content type.
                        return response.bodyToMono(String.class)
                                .map(body -> changed(body, read))
                                .defaultIfEmpty(PatchResult.changed(null));
                    }
                    return TavusCalls.failed(response, target);
                });
    }

    private static <T> PatchResult<T> changed(String body, Function<JsonNode, Optional<T>> read) {
        if (body.isBlank()) {
            return PatchResult.changed(null);
        }
        try {
            return PatchResult.changed(read.apply(JSON.readTree(body)).orElse(null));
        } catch (JacksonException notJson) {
            return PatchResult.changed(null); // the 2xx is what counts: the patch was applied
        }
    }

    /** {@code body} as {@code type} when it is an object carrying the string id field {@code idField}. */
    static <R> Optional<R> objectWithId(JsonNode body, String idField, Class<R> type) {
        if (body == null || !body.isObject() || !body.path(idField).isString()) {
            return Optional.empty();
        }
        return Optional.of(JSON.treeToValue(body, type));
    }
}
