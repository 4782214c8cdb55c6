package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.in.WebhookEventQueries;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.domain.onboarding.CallbackEvent;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.onboarding.WebhookEvent.Attribute;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The Tavus callbacks as stored ({@code webhook_events}): read-only, with the raw JSON pretty-printed. */
@Component
class WebhookEventAdmin extends RecordModelAdmin<WebhookEvent, Attribute> {

    static final String SLUG = "webhook-events";

    private final WebhookEventQueries events;
    private final List<AdminField<WebhookEvent>> fields = List.of(
            AdminField.time("received_at", "Received", WebhookEvent::receivedAt).sortable(),
            AdminField.<WebhookEvent>text("event_type", "Event type", WebhookEvent::eventType).sortable(),
            AdminField.<WebhookEvent>link("conversation_id", "Conversation", WebhookEvent::conversationId,
                    e -> AdminUrls.change(TrackedConversationAdmin.SLUG, e.conversationId())).sortable(),
            AdminField.<WebhookEvent>text("outcome", "Outcome", WebhookEvent::outcome).sortable()
                    .help("What the platform did with it: applied, no_change, unknown_event_type or unknown_conversation."),
            AdminField.time("event_timestamp", "Event time", WebhookEvent::eventTimestamp).sortable(),
            AdminField.<WebhookEvent>text("tracking_id", "Tracking ID", WebhookEvent::trackingId),
            AdminField.<WebhookEvent>text("dedup_key", "Deduplication key", WebhookEvent::dedupKey),
            AdminField.<WebhookEvent>text("payload_sha256", "Payload SHA-256", WebhookEvent::payloadSha256),
            AdminField.<WebhookEvent>json("payload", "Payload (raw JSON)", WebhookEvent::payload),
            AdminField.<WebhookEvent>text("id", "ID", WebhookEvent::id));

    WebhookEventAdmin(WebhookEventQueries events) {
        super("Onboarding", SLUG, "webhook event", "webhook events");
        this.events = events;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<AdminField<WebhookEvent>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("received_at", "event_type", "conversation_id", "outcome");
    }

    @Override
    public List<String> searchFields() {
        return List.of("conversation_id", "event_type");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(
                ListFilter.choice("outcome", "outcome", Arrays.stream(Outcome.values())
                        .filter(o -> o != Outcome.DUPLICATE).map(o -> Choice.of(o.value())).toList()),
                ListFilter.choice("event_type", "event type", List.of(CallbackEvent.REPLICA_JOINED, CallbackEvent.SHUTDOWN,
                        CallbackEvent.TRANSCRIPTION_READY, CallbackEvent.RECORDING_READY, CallbackEvent.PERCEPTION_ANALYSIS)
                        .stream().map(Choice::of).toList()),
                ListFilter.date("received", "received"));
    }

    @Override
    public String defaultOrdering() {
        return "-received_at";
    }

    @Override
    protected Map<String, Attribute> attributes() {
        return Map.of("received_at", Attribute.RECEIVED_AT, "event_type", Attribute.EVENT_TYPE,
                "conversation_id", Attribute.CONVERSATION_ID, "outcome", Attribute.OUTCOME,
                "event_timestamp", Attribute.EVENT_TIMESTAMP);
    }

    @Override
    protected List<Criterion<Attribute>> criteria(ChangeListQuery query) {
        var criteria = new ArrayList<Criterion<Attribute>>();
        query.filter("outcome").ifPresent(v -> criteria.add(new Criterion.Equal<>(Attribute.OUTCOME, v)));
        query.filter("event_type").ifPresent(v -> criteria.add(new Criterion.Equal<>(Attribute.EVENT_TYPE, v)));
        within(query, "received", Attribute.RECEIVED_AT).ifPresent(criteria::add);
        return criteria;
    }

    @Override
    public Mono<Page<WebhookEvent>> list(ChangeListQuery query) {
        return Mono.defer(() -> events.list(recordQuery(query)));
    }

    @Override
    public Mono<WebhookEvent> get(String id) {
        return Mono.defer(() -> events.get(uuid(id)));
    }

    @Override
    public String idOf(WebhookEvent event) {
        return event.id().toString();
    }

    @Override
    public String describe(WebhookEvent event) {
        return event.eventType() + " for " + event.conversationId();
    }
}
