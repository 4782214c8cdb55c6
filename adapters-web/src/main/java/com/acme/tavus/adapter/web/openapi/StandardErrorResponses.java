package com.acme.tavus.adapter.web.openapi;

import com.acme.tavus.adapter.web.error.ErrorResponse;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the error answers every operation can give, each with the {@code ErrorResponse} schema and an
 * example, so the controllers only document their success answers. 404 is added only to operations
 * that name a resource in their path, 413 only to those that take a body. Answers an operation
 * documents itself are left alone.
 */
final class StandardErrorResponses implements OpenApiCustomizer {

    private static final String SCHEMA_NAME = "ErrorResponse";
    private static final String RETRY_AFTER = "Retry-After";

    private record Standard(String code, String description, String example, boolean retryAfter) {}

    private static final Standard[] STANDARD = {
        new Standard("400", "Invalid request: a field failed validation (the message names it), the body is not "
                + "valid JSON, or Tavus rejected the request.",
                "properties.max_call_duration: must be greater than or equal to 1", false),
        new Standard("401", "Missing or invalid X-API-TOKEN header.", "Missing or invalid X-API-TOKEN header", false),
        new Standard("403", "The token lacks the scope this operation needs.",
                "This API token lacks the write scope needed for this request", false),
        new Standard("429", "Tavus asks to slow down, or too many failed token attempts came from this address. "
                + "Retry-After gives the wait in seconds when it is known.",
                "Too many requests to Tavus", true),
        new Standard("500", "Unexpected server error; it has been logged.", "Internal error", false),
        new Standard("502", "Tavus answered with an error of its own or an invalid answer.",
                "Tavus returned an invalid answer", false),
        new Standard("503", "Tavus cannot be reached, or the platform is shedding load. Retry after the "
                + "Retry-After seconds.", "Tavus is unavailable", true),
        new Standard("504", "Tavus did not answer in time; the request may or may not have taken effect.",
                "Tavus did not answer in time", false),
    };
    private static final Standard TOO_LARGE = new Standard("413",
            "The request body is larger than the platform accepts (1 MB by default).", "Request body is too large",
            false);
    private static final Standard NOT_FOUND = new Standard("404", "Nothing with this id exists; the message names the resource.",
            "conversation c123456 was not found", false);

    @Override
    public void customise(OpenAPI openApi) {
        registerErrorSchema(openApi);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            for (var standard : STANDARD) {
                add(responses, standard);
            }
            if (path.contains("{")) {
                add(responses, NOT_FOUND);
            }
            if (operation.getRequestBody() != null) {
                add(responses, TOO_LARGE);
            }
            operation.setResponses(sorted(responses));
        }));
    }

    private static void registerErrorSchema(OpenAPI openApi) {
        var openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = ModelConverters.getInstance(openApi31)
                .readAll(new AnnotatedType(ErrorResponse.class));
        schemas.forEach(openApi.getComponents()::addSchemas);
    }

    private static void add(ApiResponses responses, Standard standard) {
        if (responses.containsKey(standard.code())) {
            return;
        }
        var body = new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA_NAME))
                .example(Map.of("error", standard.example()));
        var response = new ApiResponse()
                .description(standard.description())
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, body));
        if (standard.retryAfter()) {
            response.addHeaderObject(RETRY_AFTER, new Header()
                    .description("Seconds to wait before retrying.")
                    .schema(typed("integer")));
        }
        responses.addApiResponse(standard.code(), response);
    }

    /** A schema of one JSON type, written so both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) show it. */
    private static Schema<Object> typed(String type) {
        var schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        return schema;
    }

    private static ApiResponses sorted(ApiResponses responses) {
        var ordered = new ApiResponses();
        ordered.setExtensions(responses.getExtensions());
        responses.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> ordered.addApiResponse(entry.getKey(), entry.getValue()));
        return ordered;
    }
}
