package com.acme.tavus.adapter.web.api.replica;

import com.acme.tavus.adapter.web.error.ErrorResponse;
import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.replica.port.in.ManageReplicasUseCase;
import com.acme.tavus.application.replica.port.in.ReplicaQueries;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The replica routes of the Django wrapper, reproduced path for path. Each is served with and
 * without its trailing slash; the OpenAPI description lists only the slash form.
 *
 * <p>The caller is the authenticated {@link Caller}; its actor is passed with every change. Error
 * answers are produced by the {@code error} package, not here.
 */
@RestController
@Tag(name = ReplicaController.TAG)
class ReplicaController {

    static final String TAG = "Replicas";
    static final String BASE = "/tavus-api-calls/replicas";
    private static final String ID = "{replica_id}";
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    private static final String NOT_FOUND = "No replica with this id (Tavus: \"Invalid replica_id\").";
    private static final String CREATE_EXAMPLE = """
            {
              "train_video_url": "https://my-bucket.s3.amazonaws.com/training.mp4",
              "consent_video_url": "https://my-bucket.s3.amazonaws.com/consent.mp4",
              "callback_url": "https://yourwebsite.com/webhook",
              "replica_name": "Rio",
              "model_name": "phoenix-4",
              "properties": {
                "gaze_correction": true,
                "background_green_screen": false
              }
            }""";

    private final ManageReplicasUseCase manageReplicas;
    private final ReplicaQueries queries;
    private final ReplicaWebMapper mapper;

    ReplicaController(ManageReplicasUseCase manageReplicas, ReplicaQueries queries, ReplicaWebMapper mapper) {
        this.manageReplicas = manageReplicas;
        this.queries = queries;
        this.mapper = mapper;
    }

    @Idempotent
    @PostMapping(path = {BASE + "/", BASE},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createReplica", summary = "Create (train) a replica",
            description = "Asks Tavus to train a replica from the training video. Training takes hours on Tavus "
                    + "(about 30 seconds in the sandbox): the answer says started, and get or list report "
                    + "training_progress until the status is completed. Every call queues a new training, unless "
                    + "it repeats an earlier one's Idempotency-Key. Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CreateReplicaRequest.class),
            examples = @ExampleObject(name = "Train Rio", value = CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The replica Tavus started training.")
    Mono<ReplicaResponse> create(
            @Valid @RequestBody CreateReplicaRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> mapper.toDomain(request))
                .flatMap(replica -> manageReplicas.create(replica, caller.actor()))
                .map(mapper::toResponse)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.replicaId()));
    }

    @GetMapping(path = {BASE + "/list/", BASE + "/list"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listReplicas", summary = "List replicas",
            description = "One page of replicas: the account's own and Tavus's stock ones, optionally only one "
                    + "type or only some ids. Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "One page of replicas.")
    Mono<ReplicaListResponse> list(
            @Parameter(description = "Page size, 1 to 100 (sandbox default: 10).", example = "10")
            @RequestParam(name = "limit", required = false) @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Page number, from 1.", example = "1")
            @RequestParam(name = "page", required = false) @Min(1) Integer page,
            @Parameter(description = "Add each replica's replica_type.", example = "false")
            @RequestParam(name = "verbose", defaultValue = "false") boolean verbose,
            @Parameter(description = "Only the account's own replicas (user) or only Tavus's stock ones (system).",
                    schema = @Schema(allowableValues = {"user", "system"}))
            @RequestParam(name = "replica_type", required = false)
            @Pattern(regexp = "user|system", message = "must be user or system") String replicaType,
            @Parameter(description = "Only these replicas: ids separated by commas, at most 100.",
                    example = "re8e740a42,r79e1c033f")
            @RequestParam(name = "replica_ids", required = false) String replicaIds) {
        return Mono.fromSupplier(() -> new ReplicaFilter(new PageRequest(limit, page), verbose,
                        mapper.replicaType(replicaType), mapper.replicaIds(replicaIds)))
                .flatMap(queries::list)
                .map(mapper::toResponse);
    }

    @GetMapping(path = {BASE + "/" + ID + "/", BASE + "/" + ID}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getReplica", summary = "Get a replica",
            description = "The replica as Tavus reports it now, with its training progress. With verbose=true "
                    + "Tavus adds replica_type. Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The replica.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = "{\"error\": \"replica rnope was not found\"}")))
    Mono<ReplicaResponse> get(
            @Parameter(description = "The replica's id.", example = "re8e740a42", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("replica_id") String replicaId,
            @Parameter(description = "Add replica_type.", example = "false")
            @RequestParam(name = "verbose", defaultValue = "false") boolean verbose) {
        return Mono.fromSupplier(() -> mapper.replicaId(replicaId))
                .flatMap(id -> queries.get(id, verbose))
                .map(mapper::toResponse);
    }

    @PatchMapping(path = {BASE + "/" + ID + "/rename/", BASE + "/" + ID + "/rename"},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "renameReplica", summary = "Rename a replica",
            description = "Gives the replica a new name. Tavus's stock replicas cannot be renamed. "
                    + "Needs the write scope.")
    @ApiResponse(responseCode = "200", description = "Renamed.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = "{\"error\": \"replica rnope was not found\"}")))
    Mono<RenameReplicaResponse> rename(
            @Parameter(description = "The replica's id.", example = "r79e1c033f", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("replica_id") String replicaId,
            @Valid @RequestBody RenameReplicaRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> mapper.replicaId(replicaId))
                .flatMap(id -> {
                    var name = ReplicaName.of(request.replicaName());
                    return manageReplicas.rename(id, name, caller.actor())
                            .thenReturn(new RenameReplicaResponse(id.value(), name.value()));
                });
    }

    @DeleteMapping(path = {BASE + "/" + ID + "/delete/", BASE + "/" + ID + "/delete"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteReplica", summary = "Delete a replica",
            description = "Deletes the replica on Tavus; with hard=true its training footage goes too, for good. "
                    + "Conversations held with it stay, but new ones can no longer use it. Tavus's stock "
                    + "replicas cannot be deleted. Needs the write scope.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = "{\"error\": \"replica rnope was not found\"}")))
    Mono<Void> delete(
            @Parameter(description = "The replica's id.", example = "r79e1c033f", schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("replica_id") String replicaId,
            @Parameter(description = "Also remove the training footage and other assets, for good.", example = "false")
            @RequestParam(name = "hard", defaultValue = "false") boolean hard,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> mapper.replicaId(replicaId))
                .flatMap(id -> manageReplicas.delete(id, hard, caller.actor()));
    }
}
