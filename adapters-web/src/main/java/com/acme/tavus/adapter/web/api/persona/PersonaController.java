package com.acme.tavus.adapter.web.api.persona;

import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.adapter.web.openapi.JsonPatchOperationDoc;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.persona.port.in.ManagePersonasUseCase;
import com.acme.tavus.application.persona.port.in.PersonaQueries;
import com.acme.tavus.domain.persona.PersonaFilter;
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
import jakarta.validation.constraints.Pattern;
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
 * The persona routes, in the wrapper's style: {@code /tavus-api-calls/personas/...}, each with and
 * without its trailing slash. A patch is an RFC 6902 array, validated by the domain's
 * {@link JsonPatch} before Tavus sees it. Error answers come from the {@code error} package.
 */
@RestController
@Tag(name = PersonaController.TAG)
class PersonaController {

    static final String TAG = "Personas";
    static final String BASE = "/tavus-api-calls/personas";
    static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    private static final String ID = "{persona_id}";
    private static final String JSON_PATCH = "application/json-patch+json";
    private static final String SEED_CREATE_EXAMPLE = """
            {
              "persona_name": "DRAKO",
              "pipeline_mode": "full",
              "system_prompt": "You are DRAKO, a friendly and efficient voice AI scheduling assistant...",
              "context": "You help users manage their daily schedule through conversation...",
              "default_replica_id": "re8e740a42",
              "layers": {
                "llm": {
                  "model": "tavus-llama",
                  "tools": [{
                    "type": "function",
                    "function": {
                      "name": "add_schedule_event",
                      "description": "Add a new event to the user's schedule",
                      "parameters": {
                        "type": "object",
                        "properties": {
                          "title": {"type": "string"},
                          "start_time": {"type": "string"},
                          "end_time": {"type": "string"}
                        },
                        "required": ["title", "start_time"]
                      }
                    }
                  }]
                },
                "tts": {"tts_engine": "cartesia", "tts_emotion_control": true}
              }
            }""";
    private static final String PATCH_EXAMPLE = """
            [
              {"op": "replace", "path": "/context", "value": "Updated context..."},
              {"op": "add", "path": "/layers/llm/speculative_inference", "value": true},
              {"op": "remove", "path": "/layers/llm/speculative_inference"}
            ]""";

    private final ManagePersonasUseCase personas;
    private final PersonaQueries queries;
    private final PersonaWebMapper mapper;

    PersonaController(ManagePersonasUseCase personas, PersonaQueries queries, PersonaWebMapper mapper) {
        this.personas = personas;
        this.queries = queries;
        this.mapper = mapper;
    }

    @Idempotent
    @PostMapping(path = {BASE + "/", BASE},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createPersona", summary = "Create a persona",
            description = "Creates a persona on Tavus: the prompt, context, default replica and layers (LLM with "
                    + "tools, TTS, STT, perception, conversational flow) that drive a replica. Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CreatePersonaRequest.class),
            examples = @ExampleObject(name = "DRAKO with a scheduling tool", value = SEED_CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The persona Tavus created.")
    Mono<PersonaResponse> create(@Valid @RequestBody CreatePersonaRequest request, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> mapper.toDomain(request))
                .flatMap(personas::create)
                .map(mapper::toResponse)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.personaId()));
    }

    @GetMapping(path = {BASE + "/list/", BASE + "/list"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPersonas", summary = "List personas",
            description = "One page of personas: yours (user), Tavus's stock ones (system), or both. "
                    + "Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "One page of personas.")
    Mono<PersonaListResponse> list(
            @Parameter(description = "Page size, 1 to 100 (Tavus default: 10).", example = "10")
            @RequestParam(name = "limit", required = false) @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Page number, from 1 (Tavus default: 1).", example = "1")
            @RequestParam(name = "page", required = false) @Min(1) Integer page,
            @Parameter(description = "Only your personas (user) or only Tavus's stock personas (system).",
                    schema = @Schema(allowableValues = {"user", "system"}))
            @RequestParam(name = "persona_type", required = false)
            @Pattern(regexp = "user|system", message = "must be user or system") String personaType) {
        return Mono.fromSupplier(() -> new PersonaFilter(new PageRequest(limit, page), personaType))
                .flatMap(queries::list)
                .map(mapper::toResponse);
    }

    @GetMapping(path = {BASE + "/" + ID + "/", BASE + "/" + ID}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getPersona", summary = "Get a persona",
            description = "The persona as Tavus reports it, layers included. Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The persona.")
    Mono<PersonaResponse> get(
            @Parameter(description = "The persona's id.", example = "p5317866", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("persona_id") String personaId) {
        return Mono.fromSupplier(() -> mapper.personaId(personaId))
                .flatMap(queries::get)
                .map(mapper::toResponse);
    }

    @PatchMapping(path = {BASE + "/" + ID + "/patch/", BASE + "/" + ID + "/patch"},
            consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_PATCH}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "patchPersona", summary = "Patch a persona (JSON Patch)",
            description = "Applies an RFC 6902 JSON Patch to the persona; any field can be targeted, nested layer "
                    + "paths included (/layers/llm/model). The patch is checked before Tavus sees it: a wrong "
                    + "operation is answered 400 naming it, e.g. patch[2]: \"value\" is required for op "
                    + "\"replace\". A patch Tavus cannot apply (a failed test, a path that does not exist) is "
                    + "answered 400 with Tavus's message. Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = JsonPatchOperationDoc.class), minItems = 1),
            examples = @ExampleObject(name = "Replace the context, add then remove a field", value = PATCH_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The patched persona when Tavus returns it; otherwise "
            + "{\"persona_id\", \"changed\"}, with changed=false when nothing changed (Tavus's 304).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(
                    oneOf = {PersonaResponse.class, PersonaPatchOutcome.class})))
    Mono<Object> patch(
            @Parameter(description = "The persona's id.", example = "p5317866", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("persona_id") String personaId,
            @RequestBody Object patch) {
        return Mono.fromSupplier(() -> mapper.personaId(personaId))
                .flatMap(id -> {
                    var validated = JsonPatch.of(patch);
                    return personas.patch(id, validated).map(result -> result.updated()
                            .<Object>map(mapper::toResponse)
                            .orElseGet(() -> new PersonaPatchOutcome(id.value(), result.changed())));
                });
    }

    @DeleteMapping(path = {BASE + "/" + ID + "/delete/", BASE + "/" + ID + "/delete"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePersona", summary = "Delete a persona",
            description = "Deletes the persona on Tavus. Conversations can no longer be started with it. "
                    + "Needs the write scope.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    Mono<Void> delete(
            @Parameter(description = "The persona's id.", example = "p5317866", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("persona_id") String personaId) {
        return Mono.fromSupplier(() -> mapper.personaId(personaId))
                .flatMap(personas::delete);
    }
}
