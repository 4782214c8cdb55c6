package com.acme.tavus.adapter.web.api.guardrail;

import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.adapter.web.openapi.JsonPatchOperationDoc;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.guardrail.port.in.GuardrailsQueries;
import com.acme.tavus.application.guardrail.port.in.ManageGuardrailsUseCase;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The guardrails routes, {@code /tavus-api-calls/guardrails/...}, with and without trailing slash.
 * They follow the stored Tavus docs' set-based model (TAVUS_API §5.1), which is uncertain: Tavus's
 * newer docs describe per-item guardrails instead; the OpenAPI description says so.
 */
@RestController
@Tag(name = GuardrailsController.TAG)
class GuardrailsController {

    static final String TAG = "Guardrails";
    static final String BASE = "/tavus-api-calls/guardrails";
    private static final String ID = "{guardrails_id}";
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    private static final String MODEL_NOTE = " Follows the set-based model of the stored Tavus docs; Tavus's newer "
            + "docs describe per-item guardrails, which this route does not support yet.";
    private static final String CREATE_EXAMPLE = """
            {
              "name": "Healthcare compliance",
              "data": [{
                "guardrail_name": "healthcare_compliance_guardrail",
                "guardrail_prompt": "Never give a diagnosis or recommend medication.",
                "modality": "verbal"
              }]
            }""";
    private static final String PATCH_EXAMPLE = """
            [{"op": "replace", "path": "/data/0/guardrail_prompt", "value": "Never discuss medication."}]""";

    private final ManageGuardrailsUseCase guardrails;
    private final GuardrailsQueries queries;
    private final GuardrailsWebMapper mapper;

    GuardrailsController(ManageGuardrailsUseCase guardrails, GuardrailsQueries queries, GuardrailsWebMapper mapper) {
        this.guardrails = guardrails;
        this.queries = queries;
        this.mapper = mapper;
    }

    @Idempotent
    @PostMapping(path = {BASE + "/", BASE},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createGuardrails", summary = "Create a guardrails set",
            description = "Creates a named set of guardrails: rules the replica must keep to in conversations."
                    + MODEL_NOTE + " Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CreateGuardrailsRequest.class),
            examples = @ExampleObject(name = "Healthcare compliance", value = CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The set Tavus created (status active).")
    Mono<GuardrailsResponse> create(@Valid @RequestBody CreateGuardrailsRequest request, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> mapper.toDomain(request))
                .flatMap(guardrails::create)
                .map(mapper::toResponse)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.guardrailsId()));
    }

    @GetMapping(path = {BASE + "/list/", BASE + "/list"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listGuardrails", summary = "List guardrails sets",
            description = "One page of guardrails sets." + MODEL_NOTE + " Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "One page of guardrails sets.")
    Mono<GuardrailsListResponse> list(
            @Parameter(description = "Page size, 1 to 100 (default 10).", example = "10")
            @RequestParam(name = "limit", required = false) @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Page number, from 1.", example = "1")
            @RequestParam(name = "page", required = false) @Min(1) Integer page) {
        return Mono.fromSupplier(() -> new PageRequest(limit, page))
                .flatMap(queries::list)
                .map(mapper::toResponse);
    }

    @GetMapping(path = {BASE + "/" + ID + "/", BASE + "/" + ID}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getGuardrails", summary = "Get a guardrails set",
            description = "The set as Tavus reports it." + MODEL_NOTE + " Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The guardrails set.")
    Mono<GuardrailsResponse> get(
            @Parameter(description = "The set's id.", example = "g12345", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("guardrails_id") String guardrailsId) {
        return Mono.fromSupplier(() -> mapper.guardrailsId(guardrailsId))
                .flatMap(queries::get)
                .map(mapper::toResponse);
    }

    @PatchMapping(path = {BASE + "/" + ID + "/patch/", BASE + "/" + ID + "/patch"},
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/json-patch+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "patchGuardrails", summary = "Patch a guardrails set (JSON Patch)",
            description = "Applies an RFC 6902 JSON Patch to the set (e.g. /data/0/guardrail_prompt). Checked "
                    + "before Tavus sees it; a wrong operation is answered 400 naming it." + MODEL_NOTE
                    + " Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = JsonPatchOperationDoc.class), minItems = 1),
            examples = @ExampleObject(name = "Replace a prompt", value = PATCH_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The patched set when Tavus returns it; otherwise "
            + "{\"guardrails_id\", \"changed\"}, with changed=false when nothing changed (Tavus's 304).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(
                    oneOf = {GuardrailsResponse.class, GuardrailsPatchOutcome.class})))
    Mono<Object> patch(
            @Parameter(description = "The set's id.", example = "g12345", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("guardrails_id") String guardrailsId,
            @RequestBody Object patch) {
        return Mono.fromSupplier(() -> mapper.guardrailsId(guardrailsId))
                .flatMap(id -> guardrails.patch(id, JsonPatch.of(patch)).map(result -> result.updated()
                        .<Object>map(mapper::toResponse)
                        .orElseGet(() -> new GuardrailsPatchOutcome(id.value(), result.changed()))));
    }

    @DeleteMapping(path = {BASE + "/" + ID + "/delete/", BASE + "/" + ID + "/delete"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteGuardrails", summary = "Delete a guardrails set",
            description = "Deletes the set on Tavus." + MODEL_NOTE + " Needs the write scope.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    Mono<Void> delete(
            @Parameter(description = "The set's id.", example = "g12345", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("guardrails_id") String guardrailsId) {
        return Mono.fromSupplier(() -> mapper.guardrailsId(guardrailsId))
                .flatMap(guardrails::delete);
    }
}
