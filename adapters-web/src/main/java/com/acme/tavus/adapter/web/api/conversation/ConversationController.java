package com.acme.tavus.adapter.web.api.conversation;

import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.conversation.port.in.ConversationQueries;
import com.acme.tavus.application.conversation.port.in.DeleteConversationUseCase;
import com.acme.tavus.application.conversation.port.in.EndConversationUseCase;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase.StartConversationCommand;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationStatus;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The conversation routes of the Django wrapper, reproduced path for path. Each is served with and
 * without its trailing slash (the wrapper's clients use the slash; Spring no longer matches both by
 * default); the OpenAPI description lists only the slash form.
 *
 * <p>The caller is the authenticated {@link Caller}; its actor is recorded with every change.
 * Error answers are produced by the {@code error} package, not here.
 */
@RestController
@Tag(name = ConversationController.TAG)
class ConversationController {

    static final String TAG = "Conversations";
    static final String BASE = "/tavus-api-calls/conversations";
    private static final String ID = "{conversation_id}";
    private static final String SEED_CREATE_EXAMPLE = """
            {
              "replica_id": "r79e1c033f",
              "persona_id": "p5317866",
              "conversation_name": "A Meeting with Hassaan",
              "conversational_context": "You are about to talk to Hassaan, one of the cofounders of Tavus.",
              "custom_greeting": "Hey there Hassaan, long time no see!",
              "properties": {
                "max_call_duration": 3600,
                "enable_recording": true,
                "enable_closed_captions": true
              }
            }""";

    private final StartConversationUseCase startConversation;
    private final EndConversationUseCase endConversation;
    private final DeleteConversationUseCase deleteConversation;
    private final ConversationQueries queries;
    private final ConversationWebMapper mapper;

    ConversationController(
            StartConversationUseCase startConversation,
            EndConversationUseCase endConversation,
            DeleteConversationUseCase deleteConversation,
            ConversationQueries queries,
            ConversationWebMapper mapper) {
        this.startConversation = startConversation;
        this.endConversation = endConversation;
        this.deleteConversation = deleteConversation;
        this.queries = queries;
        this.mapper = mapper;
    }

    @Idempotent
    @PostMapping(path = {BASE + "/", BASE},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createConversation", summary = "Create a conversation",
            description = "Starts a Tavus conversation at once: the room opens, the replica joins and billing "
                    + "begins (test_mode excepted). Every call opens a new room, unless it repeats an earlier one's "
                    + "Idempotency-Key. "
                    + "Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CreateConversationRequest.class),
            examples = @ExampleObject(name = "A meeting with Hassaan", value = SEED_CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The conversation Tavus created.")
    Mono<ConversationResponse> create(
            @Valid @RequestBody CreateConversationRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> new StartConversationCommand(mapper.toDomain(request), caller.actor()))
                .flatMap(startConversation::start)
                .map(mapper::toResponse)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.conversationId()));
    }

    @GetMapping(path = {BASE + "/list/", BASE + "/list"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listConversations", summary = "List conversations",
            description = "One page of conversations, optionally only active or ended ones. Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "One page of conversations.")
    Mono<ConversationListResponse> list(
            @Parameter(description = "Page size, 1 to 100 (Tavus default: 10).", example = "10")
            @RequestParam(name = "limit", required = false) @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Page number, from 1 (Tavus default: 1).", example = "1")
            @RequestParam(name = "page", required = false) @Min(1) Integer page,
            @Parameter(description = "Only conversations with this status.",
                    schema = @Schema(allowableValues = {"active", "ended"}))
            @RequestParam(name = "status", required = false)
            @Pattern(regexp = "active|ended", message = "must be active or ended") String status) {
        return Mono.fromSupplier(() -> new ConversationFilter(new PageRequest(limit, page),
                        status == null ? null : ConversationStatus.of(status)))
                .flatMap(queries::list)
                .map(mapper::toResponse);
    }

    @GetMapping(path = {BASE + "/" + ID + "/", BASE + "/" + ID}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getConversation", summary = "Get a conversation",
            description = "The conversation as Tavus reports it now. With verbose=true Tavus adds the call's "
                    + "events (transcript, shutdown reason, perception analysis) in an events array. "
                    + "Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The conversation.")
    Mono<ConversationResponse> get(
            @Parameter(description = "The conversation's id.", example = "c123456",
                    schema = @Schema(pattern = CreateConversationRequest.ID_PATTERN))
            @PathVariable("conversation_id") String conversationId,
            @Parameter(description = "Include the call's events.", example = "false")
            @RequestParam(name = "verbose", defaultValue = "false") boolean verbose) {
        return Mono.fromSupplier(() -> mapper.conversationId(conversationId))
                .flatMap(id -> queries.get(id, verbose))
                .map(mapper::toResponse);
    }

    @PostMapping(path = {BASE + "/" + ID + "/end/", BASE + "/" + ID + "/end"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "endConversation", summary = "End a conversation",
            description = "Ends the call and frees its concurrency slot. Ending an ended conversation succeeds. "
                    + "Needs the write scope.")
    @ApiResponse(responseCode = "200", description = "The conversation is over.")
    Mono<EndConversationResponse> end(
            @Parameter(description = "The conversation's id.", example = "c123456",
                    schema = @Schema(pattern = CreateConversationRequest.ID_PATTERN))
            @PathVariable("conversation_id") String conversationId,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> mapper.conversationId(conversationId))
                .flatMap(id -> endConversation.end(id, caller.actor())
                        .thenReturn(EndConversationResponse.ended(id.value())));
    }

    @DeleteMapping(path = {BASE + "/" + ID + "/delete/", BASE + "/" + ID + "/delete"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteConversation", summary = "Delete a conversation",
            description = "Deletes the conversation on Tavus; with hard=true its recordings and other assets "
                    + "go too, for good. The platform keeps its own record, marked deleted. "
                    + "Needs the write scope.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    Mono<Void> delete(
            @Parameter(description = "The conversation's id.", example = "c123456",
                    schema = @Schema(pattern = CreateConversationRequest.ID_PATTERN))
            @PathVariable("conversation_id") String conversationId,
            @Parameter(description = "Also delete the conversation's assets, irreversibly.", example = "false")
            @RequestParam(name = "hard", defaultValue = "false") boolean hard,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> mapper.conversationId(conversationId))
                .flatMap(id -> deleteConversation.delete(id, hard, caller.actor()));
    }
}
