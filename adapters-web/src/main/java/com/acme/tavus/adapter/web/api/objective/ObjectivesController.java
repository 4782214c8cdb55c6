package com.acme.tavus.adapter.web.api.objective;

import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.adapter.web.openapi.JsonPatchOperationDoc;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.objective.port.in.ObjectivesQueries;
import com.acme.tavus.application.objective.port.in.ManageObjectivesUseCase;
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
 * The objectives routes, {@code /tavus-api-calls/objectives/...}, with and without trailing slash.
 * They follow the stored Tavus docs' set-based model (TAVUS_API §5.2), which is uncertain (the
 * tryAGI file has a flat, one-per-request shape); the OpenAPI description says so.
 */
@RestController
@Tag(name = ObjectivesController.TAG)
class ObjectivesController {

    static final String TAG = "Objectives";
    static final String BASE = "/tavus-api-calls/objectives";
    private static final String ID = "{objectives_id}";
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    private static final String MODEL_NOTE = " Follows the set-based model of the stored Tavus docs ({\"data\": [...]}); "
            + "other Tavus versions shape objectives differently, which this route does not support yet.";
    private static final String CREATE_EXAMPLE = """
            {
              "data": [{
                "objective_name": "ask_if_new_patient",
                "objective_prompt": "Ask the patient whether this is their first visit.",
                "confirmation_mode": "auto",
                "output_variables": ["patient_status"],
                "modality": "verbal",
                "next_conditional_objectives": {"get_patient_name": "the patient is new"}
              }, {
                "objective_name": "get_patient_name",
                "objective_prompt": "Ask for the patient's full name."
              }]
            }""";
    private static final String PATCH_EXAMPLE = """
            [{"op": "replace", "path": "/data/0/confirmation_mode", "value": "manual"}]""";

    private final ManageObjectivesUseCase objectives;
    private final ObjectivesQueries queries;
    private final ObjectivesWebMapper mapper;

    ObjectivesController(ManageObjectivesUseCase objectives, ObjectivesQueries queries, ObjectivesWebMapper mapper) {
        this.objectives = objectives;
        this.queries = queries;
        this.mapper = mapper;
    }

    @Idempotent
    @PostMapping(path = {BASE + "/", BASE},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createObjectives", summary = "Create an objectives set",
            description = "Creates a set of objectives: the steps a conversation should go through, what to "
                    + "collect, and what comes next."
                    + MODEL_NOTE + " Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CreateObjectivesRequest.class),
            examples = @ExampleObject(name = "New patient intake", value = CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The set Tavus created (status active).")
    Mono<ObjectivesResponse> create(@Valid @RequestBody CreateObjectivesRequest request, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> mapper.toDomain(request))
                .flatMap(objectives::create)
                .map(mapper::toResponse)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.objectivesId()));
    }

    @GetMapping(path = {BASE + "/list/", BASE + "/list"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listObjectives", summary = "List objectives sets",
            description = "One page of objectives sets." + MODEL_NOTE + " Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "One page of objectives sets.")
    Mono<ObjectivesListResponse> list(
            @Parameter(description = "Page size, 1 to 100 (default 10).", example = "10")
            @RequestParam(name = "limit", required = false) @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Page number, from 1.", example = "1")
            @RequestParam(name = "page", required = false) @Min(1) Integer page) {
        return Mono.fromSupplier(() -> new PageRequest(limit, page))
                .flatMap(queries::list)
                .map(mapper::toResponse);
    }

    @GetMapping(path = {BASE + "/" + ID + "/", BASE + "/" + ID}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getObjectives", summary = "Get an objectives set",
            description = "The set as Tavus reports it." + MODEL_NOTE + " Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The objectives set.")
    Mono<ObjectivesResponse> get(
            @Parameter(description = "The set's id.", example = "o12345", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("objectives_id") String objectivesId) {
        return Mono.fromSupplier(() -> mapper.objectivesId(objectivesId))
                .flatMap(queries::get)
                .map(mapper::toResponse);
    }

    @PatchMapping(path = {BASE + "/" + ID + "/patch/", BASE + "/" + ID + "/patch"},
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/json-patch+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "patchObjectives", summary = "Patch an objectives set (JSON Patch)",
            description = "Applies an RFC 6902 JSON Patch to the set (e.g. /data/0/confirmation_mode). Checked "
                    + "before Tavus sees it; a wrong operation is answered 400 naming it." + MODEL_NOTE
                    + " Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = JsonPatchOperationDoc.class), minItems = 1),
            examples = @ExampleObject(name = "Switch to manual confirmation", value = PATCH_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The patched set when Tavus returns it; otherwise "
            + "{\"objectives_id\", \"changed\"}, with changed=false when nothing changed (Tavus's 304).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(
                    oneOf = {ObjectivesResponse.class, ObjectivesPatchOutcome.class})))
    Mono<Object> patch(
            @Parameter(description = "The set's id.", example = "o12345", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("objectives_id") String objectivesId,
            @RequestBody Object patch) {
        return Mono.fromSupplier(() -> mapper.objectivesId(objectivesId))
                .flatMap(id -> objectives.patch(id, JsonPatch.of(patch)).map(result -> result.updated()
                        .<Object>map(mapper::toResponse)
                        .orElseGet(() -> new ObjectivesPatchOutcome(id.value(), result.changed()))));
    }

    @DeleteMapping(path = {BASE + "/" + ID + "/delete/", BASE + "/" + ID + "/delete"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteObjectives", summary = "Delete an objectives set",
            description = "Deletes the set on Tavus." + MODEL_NOTE + " Needs the write scope.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    Mono<Void> delete(
            @Parameter(description = "The set's id.", example = "o12345", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("objectives_id") String objectivesId) {
        return Mono.fromSupplier(() -> mapper.objectivesId(objectivesId))
                .flatMap(objectives::delete);
    }
}
