package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminAction;
import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.FormRejected;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.webhook.WebhookSubscriptionService;
import com.acme.tavus.application.webhook.port.in.ManageWebhooksUseCase;
import com.acme.tavus.application.webhook.port.in.WebhookQueries;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.webhook.DeliveryStatus;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Webhook deliveries (the latest {@value WebhookSubscriptionService#MAX_DELIVERIES} per endpoint),
 * read-only, with a "retry now" action for pending and failed ones.
 */
@Component
class WebhookDeliveryAdmin extends ModelAdmin<WebhookDelivery> {

    static final String SLUG = "webhook-deliveries";

    private final WebhookQueries webhooks;
    private final ManageWebhooksUseCase manage;
    private final List<AdminField<WebhookDelivery>> fields = List.of(
            AdminField.<WebhookDelivery>text("event_type", "Event", d -> d.eventType().value()),
            AdminField.<WebhookDelivery>text("conversation_id", "Conversation", WebhookDelivery::conversationId),
            AdminField.<WebhookDelivery>text("status", "Status", d -> d.status().value()),
            AdminField.<WebhookDelivery>text("attempts", "Attempts", WebhookDelivery::attempts),
            AdminField.<WebhookDelivery>time("created_at", "Created", WebhookDelivery::createdAt).sortable(),
            AdminField.<WebhookDelivery>time("next_attempt_at", "Next attempt", WebhookDelivery::nextAttemptAt).sortable(),
            AdminField.<WebhookDelivery>time("delivered_at", "Delivered", WebhookDelivery::deliveredAt),
            AdminField.<WebhookDelivery>text("last_status", "Last HTTP status", WebhookDelivery::lastStatus),
            AdminField.<WebhookDelivery>text("last_error", "Last error", WebhookDelivery::lastError),
            AdminField.<WebhookDelivery>link("webhook", "Webhook", d -> d.subscriptionId().toString(),
                    d -> AdminUrls.change(WebhookSubscriptionAdmin.SLUG, d.subscriptionId().toString())),
            AdminField.<WebhookDelivery>text("event_id", "Event ID (webhook-id)", WebhookDelivery::eventId),
            AdminField.<WebhookDelivery>text("id", "ID", WebhookDelivery::id));

    WebhookDeliveryAdmin(WebhookQueries webhooks, ManageWebhooksUseCase manage) {
        super("Webhooks", SLUG, "webhook delivery", "webhook deliveries");
        this.webhooks = webhooks;
        this.manage = manage;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public List<AdminField<WebhookDelivery>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("event_type", "conversation_id", "status", "attempts", "created_at", "next_attempt_at",
                "last_error", "webhook");
    }

    @Override
    public List<String> searchFields() {
        return List.of("conversation_id", "event_type");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(
                ListFilter.choice("status", "status", Arrays.stream(DeliveryStatus.values())
                        .map(s -> Choice.of(s.value())).toList()),
                ListFilter.hidden("webhook", "webhook"));
    }

    @Override
    public String defaultOrdering() {
        return "-created_at";
    }

    @Override
    public Set<String> readonlyFields() {
        return Set.copyOf(fields.stream().map(AdminField::name).toList());
    }

    @Override
    public List<AdminAction<WebhookDelivery>> actions() {
        return List.of(new AdminAction<>("retry_now", "Retry now", AdminOperation.CHANGE, (delivery, by) ->
                delivery.status() == DeliveryStatus.DELIVERED ? Mono.just("already delivered")
                        : manage.retryNow(delivery.subscriptionId(), delivery.id(), RecordModelAdmin.actor(by))
                                .thenReturn("due now")));
    }

    /** View, and the retry action (which needs change); nothing is edited. */
    @Override
    public boolean supports(AdminOperation operation) {
        return operation == AdminOperation.VIEW || operation == AdminOperation.CHANGE;
    }

    @Override
    public Mono<Page<WebhookDelivery>> list(ChangeListQuery query) {
        var status = query.filter("status").orElse(null);
        var webhook = query.filter("webhook").orElse(null);
        var term = query.search() == null ? "" : query.search().strip().toLowerCase(Locale.ROOT);
        Comparator<WebhookDelivery> order = query.ordering().isEmpty()
                || "created_at".equals(query.ordering().getFirst().field())
                ? Comparator.comparing(WebhookDelivery::createdAt) : Comparator.comparing(WebhookDelivery::nextAttemptAt);
        var descending = query.ordering().isEmpty() || query.ordering().getFirst().descending();
        return all()
                .filter(d -> status == null || d.status().value().equals(status))
                .filter(d -> webhook == null || d.subscriptionId().toString().equals(webhook))
                .filter(d -> term.isEmpty() || d.conversationId().toLowerCase(Locale.ROOT).contains(term)
                        || d.eventType().value().contains(term))
                .collectList()
                .map(matching -> AdminPages.page(matching.stream()
                        .sorted(descending ? order.reversed() : order).toList(), query));
    }

    @Override
    public Mono<WebhookDelivery> get(String id) {
        return all().filter(d -> d.id().toString().equals(id)).next()
                .switchIfEmpty(Mono.error(() -> new NotFoundException(singular(), id)));
    }

    @Override
    public String idOf(WebhookDelivery delivery) {
        return delivery.id().toString();
    }

    @Override
    public String describe(WebhookDelivery delivery) {
        return delivery.eventType().value() + " of " + delivery.conversationId();
    }

    @Override
    public Mono<WebhookDelivery> update(WebhookDelivery current, FormInput form, AdminUser by) {
        return Mono.error(FormRejected.of("__all__", "Deliveries cannot be changed; use the Retry now action."));
    }

    private Flux<WebhookDelivery> all() {
        return webhooks.list().concatMap(s -> webhooks.deliveries(s.id(), WebhookSubscriptionService.MAX_DELIVERIES));
    }
}
