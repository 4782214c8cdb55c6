package com.acme.tavus.adapter.web.api.webhook;

import com.acme.tavus.adapter.web.api.webhook.WebhookResponses.Delivery;
import com.acme.tavus.adapter.web.api.webhook.WebhookResponses.DeliveryList;
import com.acme.tavus.adapter.web.api.webhook.WebhookResponses.Registered;
import com.acme.tavus.adapter.web.api.webhook.WebhookResponses.Webhook;
import com.acme.tavus.adapter.web.api.webhook.WebhookResponses.WebhookList;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.webhook.port.in.ManageWebhooksUseCase;
import com.acme.tavus.application.webhook.port.in.ManageWebhooksUseCase.RegisterWebhookCommand;
import com.acme.tavus.application.webhook.port.in.WebhookQueries;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Webhook subscriptions, for callers with the admin scope (the security chain enforces it for every
 * path under {@value #BASE}): a subscription receives every team's conversation events, transcripts
 * included, so registering one is an administrator's decision.
 */
@RestController
@Tag(name = WebhookController.TAG)
class WebhookController {

    static final String TAG = "Webhooks";
    static final String BASE = "/api/v1/webhooks";
    private static final String ID = "/{id}";
    private static final String CREATE_EXAMPLE = """
            {
              "url": "https://hooks.example.com/tavus",
              "description": "CRM sync"
            }""";

    private final ManageWebhooksUseCase manage;
    private final WebhookQueries queries;

    WebhookController(ManageWebhooksUseCase manage, WebhookQueries queries) {
        this.manage = manage;
        this.queries = queries;
    }

    @PostMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    // Not @Idempotent on purpose: a replay would need the secret stored next to the key.
    @Operation(operationId = "registerWebhook", summary = "Register a webhook endpoint",
            description = "From now on every conversation event (conversation.created, .active, .completed, "
                    + ".transcript_ready, .deleted) is POSTed to the URL, signed the Standard Webhooks way "
                    + "(webhook-id, webhook-timestamp, webhook-signature) with the secret in this answer, which is "
                    + "never shown again. Needs the admin scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisterWebhookRequest.class),
            examples = @ExampleObject(name = "CRM sync", value = CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new webhook.")
    Mono<ResponseEntity<Registered>> register(
            @RequestBody RegisterWebhookRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> {
                    if (request == null) {
                        throw new InvalidValueException("body", "a JSON object with url is required");
                    }
                    return new RegisterWebhookCommand(request.url(), request.description());
                })
                .flatMap(command -> manage.register(command, caller.actor()))
                .doOnNext(s -> AuditedExchange.resource(exchange, s.id().toString()))
                .map(Registered::from)
                .map(registered -> ResponseEntity.created(URI.create(BASE + "/" + registered.id()))
                        .cacheControl(CacheControl.noStore())
                        .body(registered));
    }

    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints",
            description = "Every registered endpoint, oldest first. Never a secret. Needs the admin scope.")
    @ApiResponse(responseCode = "200", description = "The webhooks.")
    Mono<WebhookList> list() {
        return queries.list().map(Webhook::from).collectList().map(WebhookList::new);
    }

    @GetMapping(path = BASE + ID, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getWebhook", summary = "Get a webhook endpoint",
            description = "One registered endpoint. Never its secret. Needs the admin scope.")
    @ApiResponse(responseCode = "200", description = "The webhook.")
    Mono<Webhook> get(@Parameter(description = "The webhook's id.") @PathVariable("id") String id) {
        return Mono.fromSupplier(() -> uuid("id", id)).flatMap(queries::get).map(Webhook::from);
    }

    @DeleteMapping(path = BASE + ID)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook endpoint",
            description = "No further events go to it; its pending deliveries are dropped with it. Needs the admin "
                    + "scope.")
    @ApiResponse(responseCode = "204", description = "Removed.")
    Mono<Void> delete(@Parameter(description = "The webhook's id.") @PathVariable("id") String id,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> uuid("id", id)).flatMap(webhookId -> manage.remove(webhookId, caller.actor()));
    }

    @GetMapping(path = BASE + ID + "/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries",
            description = "Its deliveries, newest event first: status (pending, delivered, failed), attempts, next "
                    + "attempt, last answer. Needs the admin scope.")
    @ApiResponse(responseCode = "200", description = "The deliveries.")
    Mono<DeliveryList> deliveries(
            @Parameter(description = "The webhook's id.") @PathVariable("id") String id,
            @Parameter(description = "At most this many, 1-500.", example = "50")
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        return Mono.fromSupplier(() -> uuid("id", id))
                .flatMap(webhookId -> queries.deliveries(webhookId, limit).map(Delivery::from).collectList())
                .map(DeliveryList::new);
    }

    @PostMapping(path = BASE + ID + "/deliveries/{delivery_id}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "retryWebhookDelivery", summary = "Retry a delivery now",
            description = "Makes a pending or failed delivery due now (a failed one starts its attempts afresh). "
                    + "404 for a delivered one. Needs the admin scope.")
    @ApiResponse(responseCode = "200", description = "The delivery, due now.")
    Mono<Delivery> retry(
            @Parameter(description = "The webhook's id.") @PathVariable("id") String id,
            @Parameter(description = "The delivery's id.") @PathVariable("delivery_id") String deliveryId,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> uuid("id", id))
                .flatMap(webhookId -> manage.retryNow(webhookId, uuid("delivery_id", deliveryId), caller.actor()))
                .map(Delivery::from);
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be a UUID");
        }
    }
}
