package com.acme.tavus.adapter.web.api.onboarding;

import com.acme.tavus.adapter.web.api.onboarding.OnboardingResponses.CallbackAck;
import com.acme.tavus.adapter.web.api.onboarding.OnboardingResponses.Created;
import com.acme.tavus.adapter.web.api.onboarding.OnboardingResponses.Status;
import com.acme.tavus.adapter.web.api.onboarding.OnboardingResponses.StatusEvent;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.adapter.web.error.ErrorResponse;
import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.application.onboarding.CallbackRejected;
import com.acme.tavus.application.onboarding.OnboardingUnavailable;
import com.acme.tavus.application.onboarding.port.in.OnboardingQueries;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.CallbackDelivery;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase.StartOnboardingCommand;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The onboarding routes of seed 000. The callback route is public (Tavus sends no token); its
 * signed URL is checked by the use case, and a rejection is answered 401 here, not by the security
 * chain, because only the use case can tell a forged callback from a real one.
 */
@RestController
@Tag(name = OnboardingController.TAG)
class OnboardingController {

    static final String TAG = "Onboarding";
    static final String BASE = "/api/v1/tavus";
    static final String CALLBACK_PATH = BASE + "/callback";
    /** Who a callback is in the audit trail: it has no token, only the signature in its URL. */
    static final String CALLBACK_ACTOR = "callback";
    private static final String SEED_REQUEST = """
            {
              "email": "user@example.com",
              "first_name": "John",
              "last_name": "Doe",
              "conversation_name": "Onboarding Call"
            }""";

    private static final Logger LOG = LoggerFactory.getLogger(OnboardingController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Lenient about comments only: every field is text, and 7 is not a name.
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final StartOnboardingUseCase startOnboarding;
    private final OnboardingQueries queries;
    private final ReceiveCallbackUseCase receiveCallback;

    OnboardingController(
            StartOnboardingUseCase startOnboarding, OnboardingQueries queries, ReceiveCallbackUseCase receiveCallback) {
        this.startOnboarding = startOnboarding;
        this.queries = queries;
        this.receiveCallback = receiveCallback;
    }

    @Idempotent
    @PostMapping(path = BASE + "/create-conversation",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createOnboardingConversation", summary = "Start an onboarding call",
            description = "Finds or registers the person (by email, ignoring case) and opens a Tavus call with the "
                    + "configured persona, which greets them by name. Tavus reports the call's progress to the "
                    + "platform's signed callback URL. 503 when TAVUS_PERSONA_ID is not configured. "
                    + "Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OnboardingRequest.class),
            examples = @ExampleObject(name = "Seed 000", value = SEED_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The call was created; send the person to conversation_url.")
    Mono<Created> create(
            @RequestBody(required = false) String body, @Parameter(hidden = true) @AuthenticationPrincipal Caller caller,
            ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> {
                    var request = readRequest(body);
                    return new StartOnboardingCommand(
                            new Applicant(request.email(), request.firstName(), request.lastName()),
                            request.conversationName(), caller.actor());
                })
                .flatMap(startOnboarding::start)
                .map(Created::from)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.conversationId()));
    }

    @GetMapping(path = BASE + "/conversation-status/{conversation_id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getOnboardingConversationStatus", summary = "Status of an onboarding call",
            description = "The platform's record of a call it created: created, active, completed (or deleted), "
                    + "kept up to date by Tavus's callbacks. Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The status.")
    Mono<Status> status(@Parameter(description = "The Tavus conversation id.", example = "c123456")
            @PathVariable("conversation_id") String conversationId) {
        return Mono.fromSupplier(() -> ConversationId.of(conversationId))
                .flatMap(queries::status)
                .map(Status::from);
    }

    @GetMapping(path = BASE + "/conversations/{conversation_id}/events")
    @Operation(operationId = "streamOnboardingConversationStatus", summary = "Stream status changes (SSE)",
            description = "Server-Sent Events, each named status: the current status first, then every change, "
                    + "ending after completed. Changes are those received by the instance serving the stream. "
                    + "Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "A text/event-stream of status events.",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(implementation = StatusEvent.class)))
    Mono<ResponseEntity<Flux<ServerSentEvent<StatusEvent>>>> events(
            @Parameter(description = "The Tavus conversation id.", example = "c123456")
            @PathVariable("conversation_id") String conversationId) {
        // Resolve the id first so an unknown one is a plain JSON 404, not a broken stream.
        return Mono.fromSupplier(() -> ConversationId.of(conversationId))
                .flatMap(id -> queries.status(id).thenReturn(id))
                .map(id -> ResponseEntity.ok()
                        .contentType(MediaType.TEXT_EVENT_STREAM)
                        .body(queries.watch(id).map(view -> ServerSentEvent.<StatusEvent>builder()
                                .event("status")
                                .data(StatusEvent.from(view))
                                .build())));
    }

    @PostMapping(path = CALLBACK_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(operationId = "receiveTavusCallback", summary = "Tavus conversation callback",
            description = "Called by Tavus, not by clients: no token; authenticated by the t and sig parameters "
                    + "of the callback URL the platform gave Tavus. Every accepted event is stored once and "
                    + "acknowledged; redeliveries are acknowledged and ignored. 401 for a missing or forged "
                    + "signature, 400 for a body that is not a JSON event.")
    @ApiResponse(responseCode = "200", description = "Accepted (outcome says what was done with it).")
    Mono<CallbackAck> callback(
            @Parameter(description = "The conversation's tracking id.") @RequestParam(name = "t", required = false) String t,
            @Parameter(description = "The platform's signature of t.") @RequestParam(name = "sig", required = false) String sig,
            @RequestBody(required = false) String body, ServerWebExchange exchange) {
        var raw = body == null ? "" : body;
        var payload = parseObject(raw);
        AuditedExchange.actor(exchange, CALLBACK_ACTOR);
        if (payload != null && payload.get("conversation_id") instanceof String conversationId) {
            AuditedExchange.resource(exchange, conversationId);
        }
        return receiveCallback.receive(new CallbackDelivery(t, sig, raw, payload))
                .map(outcome -> new CallbackAck("success", outcome.value()));
    }

    @ExceptionHandler(CallbackRejected.class)
    ResponseEntity<ErrorResponse> rejected(CallbackRejected error) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorResponse(error.getMessage()));
    }

    @ExceptionHandler(OnboardingUnavailable.class)
    ResponseEntity<ErrorResponse> unavailable(OnboardingUnavailable error) {
        LOG.warn("Onboarding request refused: {}", error.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorResponse(error.getMessage()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ErrorResponse> invalid(InvalidValueException error) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorResponse(error.getMessage()));
    }

    /**
     * Seed 000 documents the request with a {@code // Optional} comment inside the JSON; it is
     * accepted so the documented example works verbatim. Anything else that is not a JSON object is 400.
     */
    private static OnboardingRequest readRequest(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body", "a JSON object with email, first_name and last_name is required");
        }
        try {
            var request = LENIENT_JSON.readValue(body, OnboardingRequest.class);
            if (request == null) {
                throw new InvalidValueException("body", "must be a JSON object");
            }
            return request;
        } catch (MismatchedInputException wrongType) {
            // Valid JSON, wrong shape: name the field (every field of this request is a string).
            var field = wrongType.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            throw new InvalidValueException(field.isEmpty() ? "body" : field,
                    field.isEmpty() ? "must be a JSON object" : "expected a string");
        } catch (JacksonException notJson) {
            throw new InvalidValueException("body", "is not valid JSON");
        }
    }

    /** The body as a JSON object, or {@code null} when it is not one (the use case answers 400). */
    private static Map<String, Object> parseObject(String raw) {
        if (raw.isBlank() || raw.stripLeading().charAt(0) != '{') {
            return null;
        }
        try {
            return JSON.readValue(raw, JSON_OBJECT);
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
