package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.FormRejected;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.webhook.port.in.ManageWebhooksUseCase;
import com.acme.tavus.application.webhook.port.in.WebhookQueries;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Registered webhook endpoints, through the webhook use cases: viewed and removed here, registered
 * through {@code POST /api/v1/webhooks} (where the signing secret is shown once). The secret is
 * never shown in the admin site.
 */
@Component
class WebhookSubscriptionAdmin extends ModelAdmin<WebhookSubscription> {

    static final String SLUG = "webhooks";

    private final WebhookQueries webhooks;
    private final ManageWebhooksUseCase manage;
    private final List<AdminField<WebhookSubscription>> fields = List.of(
            AdminField.<WebhookSubscription>text("url", "URL", s -> s.url().value()),
            AdminField.<WebhookSubscription>text("description", "Description", WebhookSubscription::description),
            AdminField.<WebhookSubscription>time("created_at", "Created", WebhookSubscription::createdAt).sortable(),
            AdminField.<WebhookSubscription>text("created_by", "Created by", WebhookSubscription::createdBy),
            AdminField.<WebhookSubscription>link("deliveries", "Deliveries", s -> "Deliveries",
                    s -> AdminUrls.changeList(WebhookDeliveryAdmin.SLUG, java.util.Map.of("webhook", s.id().toString()))),
            AdminField.<WebhookSubscription>text("id", "ID", WebhookSubscription::id));

    WebhookSubscriptionAdmin(WebhookQueries webhooks, ManageWebhooksUseCase manage) {
        super("Webhooks", SLUG, "webhook", "webhooks");
        this.webhooks = webhooks;
        this.manage = manage;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public List<AdminField<WebhookSubscription>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("url", "description", "created_at", "created_by", "deliveries");
    }

    @Override
    public List<String> searchFields() {
        return List.of("url", "description");
    }

    @Override
    public String defaultOrdering() {
        return "-created_at";
    }

    /** View and remove; registering goes through the API, which shows the secret once. */
    @Override
    public boolean supports(AdminOperation operation) {
        return operation == AdminOperation.VIEW || operation == AdminOperation.DELETE;
    }

    @Override
    public Mono<Page<WebhookSubscription>> list(ChangeListQuery query) {
        return webhooks.list().collectList().map(all -> {
            var term = query.search() == null ? "" : query.search().strip().toLowerCase(Locale.ROOT);
            var descending = query.ordering().isEmpty() || query.ordering().getFirst().descending();
            var matching = all.stream()
                    .filter(s -> term.isEmpty() || s.url().value().toLowerCase(Locale.ROOT).contains(term)
                            || (s.description() != null && s.description().toLowerCase(Locale.ROOT).contains(term)))
                    .sorted(descending ? java.util.Comparator.comparing(WebhookSubscription::createdAt).reversed()
                            : java.util.Comparator.comparing(WebhookSubscription::createdAt))
                    .toList();
            return AdminPages.page(matching, query);
        });
    }

    @Override
    public Mono<WebhookSubscription> get(String id) {
        return Mono.defer(() -> {
            try {
                return webhooks.get(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                return Mono.error(new NotFoundException(singular(), id));
            }
        });
    }

    @Override
    public String idOf(WebhookSubscription subscription) {
        return subscription.id().toString();
    }

    @Override
    public String describe(WebhookSubscription subscription) {
        return subscription.url().value();
    }

    @Override
    public Mono<WebhookSubscription> update(WebhookSubscription current, FormInput form, AdminUser by) {
        return Mono.error(FormRejected.of("__all__", "Webhooks cannot be changed: remove this one and register a new one."));
    }

    @Override
    public Mono<Void> delete(WebhookSubscription subscription, AdminUser by) {
        return manage.remove(subscription.id(), RecordModelAdmin.actor(by));
    }

    @Override
    public Mono<List<String>> deletionEffects(WebhookSubscription subscription) {
        return Mono.just(List.of("Its pending deliveries are dropped; no further events go to " + subscription.url()));
    }
}
