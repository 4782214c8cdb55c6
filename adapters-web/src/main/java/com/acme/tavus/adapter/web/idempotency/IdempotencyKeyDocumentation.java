package com.acme.tavus.adapter.web.idempotency;

import com.acme.tavus.domain.idempotency.IdempotencyKey;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents {@code Idempotency-Key} once, as the reusable header parameter
 * {@code #/components/parameters/IdempotencyKey} (and the response header
 * {@code #/components/headers/IdempotentReplayed}), and references it from every operation of an
 * {@link Idempotent} handler, together with its 409 and 422 answers. Runs before the standard error
 * responses are added and sorted.
 */
@Component
final class IdempotencyKeyDocumentation implements OperationCustomizer, OpenApiCustomizer, Ordered {

    static final String PARAMETER = "IdempotencyKey";
    static final String REPLAYED_HEADER = "IdempotentReplayed";

    private static final String EXAMPLE_KEY = "6f1c1a0e-3b1f-4c1e-9a53-0d1f5e8b2c77";
    private static final String DESCRIPTION = """
            Makes this create safe to retry. Send a new unique value (a UUID is best) per thing to \
            create, and the same value when you retry it. Within 24 hours, a repeat of the same \
            request (same token, key, route and JSON body; key order and spacing do not matter) is \
            answered with the first success, byte for byte, with `Idempotent-Replayed: true`, and \
            nothing is created again, also when the repeat arrives while the first is still running \
            (it waits for it). The same key with a different request is refused with 422. Only \
            successes are remembered: after an error (4xx, 5xx, timeout) the key is free and the \
            request may be retried with it, corrected or not. Keys belong to the token's owner; \
            1 to 255 visible ASCII characters. Optional; without it every call creates.""";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (!handlerMethod.hasMethodAnnotation(Idempotent.class)) {
            return operation;
        }
        operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + PARAMETER));
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeaderObject("Idempotent-Replayed",
                        new Header().$ref("#/components/headers/" + REPLAYED_HEADER));
            }
        });
        responses.addApiResponse("409", error("A request with this Idempotency-Key is still in progress and did not "
                        + "finish while this one waited; retry after Retry-After seconds to get its answer.",
                "A request with Idempotency-Key '" + EXAMPLE_KEY + "' is still in progress; retry later to get its "
                        + "answer").addHeaderObject("Retry-After", new Header()
                .description("Seconds to wait before retrying.").schema(typed("integer"))));
        responses.addApiResponse("422", error("This Idempotency-Key was already used with a different request (another "
                        + "body or route). Use a new key for a new request.",
                "Idempotency-Key '" + EXAMPLE_KEY + "' was used with a different request; send a new key for a new "
                        + "request"));
        operation.setResponses(responses);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        var keySchema = typed("string");
        keySchema.setMinLength(1);
        keySchema.setMaxLength(IdempotencyKey.MAX_LENGTH);
        keySchema.setPattern("^[!-~]+$");
        openApi.getComponents().addParameters(PARAMETER, new Parameter()
                .name(IdempotencyKey.HEADER)
                .in("header")
                .required(false)
                .description(DESCRIPTION)
                .schema(keySchema)
                .example(EXAMPLE_KEY));
        openApi.getComponents().addHeaders(REPLAYED_HEADER, new Header()
                .description("true when this is the remembered answer to an earlier request with the same "
                        + "Idempotency-Key (nothing was created now); absent otherwise.")
                .schema(typed("string")));
    }

    /** Before {@code StandardErrorResponses}, which sorts each operation's responses. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static ApiResponse error(String description, String example) {
        var body = new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/ErrorResponse"))
                .example(Map.of("error", example));
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, body));
    }

    /** A schema of one JSON type, written so both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) show it. */
    private static Schema<Object> typed(String type) {
        var schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        return schema;
    }
}
