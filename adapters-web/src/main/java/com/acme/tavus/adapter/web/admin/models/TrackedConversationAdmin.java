package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminAction;
import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.Display;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.application.conversation.port.in.ConversationRecordQueries;
import com.acme.tavus.application.conversation.port.in.EndConversationUseCase;
import com.acme.tavus.application.onboarding.port.in.RefreshConversationUseCase;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Attribute;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The conversations the platform created ({@code tavus_conversations}): read-only records, with the
 * transcript and metadata laid out for reading, and two actions on Tavus itself: refresh the record
 * from Tavus, and end the call. "Change" permission here means "may run those actions".
 */
@Component
class TrackedConversationAdmin extends RecordModelAdmin<TrackedConversation, Attribute> {

    static final String SLUG = "conversations";

    private final ConversationRecordQueries records;
    private final List<AdminField<TrackedConversation>> fields = List.of(
            AdminField.<TrackedConversation>text("conversation_id", "Conversation ID", c -> c.conversationId().value())
                    .sortable(),
            AdminField.<TrackedConversation>text("conversation_name", "Name", TrackedConversation::conversationName)
                    .sortable(),
            AdminField.<TrackedConversation>text("status", "Status", c -> c.status().value()).sortable(),
            AdminField.<TrackedConversation>text("email", "Email", TrackedConversation::email).sortable(),
            AdminField.<TrackedConversation>link("user", "Onboarding user",
                    c -> c.userId() == null ? null : c.email() == null ? c.userId().toString() : c.email(),
                    c -> c.userId() == null ? null : AdminUrls.change(OnboardingUserAdmin.SLUG, c.userId().toString())),
            AdminField.<TrackedConversation>text("created_by", "Created by", TrackedConversation::createdBy).sortable()
                    .help("The API token (or admin:<name>) that created it."),
            AdminField.<TrackedConversation>link("persona_id", "Persona",
                    c -> c.personaId() == null ? null : c.personaId().value(),
                    c -> c.personaId() == null ? null : AdminUrls.change(PersonaAdmin.SLUG, c.personaId().value()))
                    .sortable(),
            AdminField.<TrackedConversation>link("replica_id", "Replica",
                    c -> c.replicaId() == null ? null : c.replicaId().value(),
                    c -> c.replicaId() == null ? null : AdminUrls.change(ReplicaAdmin.SLUG, c.replicaId().value()))
                    .sortable(),
            AdminField.<TrackedConversation>link("conversation_url", "Room URL", TrackedConversation::conversationUrl,
                    TrackedConversation::conversationUrl),
            AdminField.time("created_at", "Created", TrackedConversation::createdAt).sortable(),
            AdminField.time("completed_at", "Completed", TrackedConversation::completedAt).sortable(),
            AdminField.<TrackedConversation>text("duration_seconds", "Duration (s)", TrackedConversation::durationSeconds)
                    .sortable(),
            AdminField.<TrackedConversation>link("completion_url", "Recording", TrackedConversation::completionUrl,
                    TrackedConversation::completionUrl),
            AdminField.time("updated_at", "Updated", TrackedConversation::updatedAt).sortable(),
            AdminField.<TrackedConversation>text("tracking_id", "Tracking ID", TrackedConversation::trackingId),
            AdminField.custom("transcript", "Transcript", TrackedConversationAdmin::transcript),
            AdminField.<TrackedConversation>json("metadata", "Metadata", c -> c.metadata().isEmpty() ? null : c.metadata()));
    private final List<AdminAction<TrackedConversation>> actions;

    TrackedConversationAdmin(ConversationRecordQueries records, RefreshConversationUseCase refresh,
            EndConversationUseCase end) {
        super("Onboarding", SLUG, "tracked conversation", "tracked conversations");
        this.records = records;
        this.actions = List.of(
                new AdminAction<>("refresh_from_tavus", "Refresh from Tavus", AdminOperation.CHANGE,
                        (c, by) -> refresh.refresh(c.conversationId()).map(changed -> changed ? "updated" : "already up to date")),
                new AdminAction<>("end_on_tavus", "End on Tavus", AdminOperation.CHANGE,
                        (c, by) -> end.end(c.conversationId(), actor(by)).thenReturn("ended")));
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<AdminField<TrackedConversation>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("conversation_id", "conversation_name", "status", "email", "created_by", "created_at",
                "duration_seconds");
    }

    @Override
    public List<String> searchFields() {
        return List.of("conversation_id", "conversation_name", "email", "created_by");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(
                ListFilter.choice("status", "status", Arrays.stream(TrackingStatus.values())
                        .map(s -> Choice.of(s.value())).toList()),
                ListFilter.date("created", "created"),
                ListFilter.bool("has_transcript", "has transcript"),
                ListFilter.hidden("user", "onboarding user"));
    }

    @Override
    public String defaultOrdering() {
        return "-created_at";
    }

    @Override
    public List<Fieldset> fieldsets() {
        return List.of(
                new Fieldset("Conversation", List.of("conversation_id", "conversation_name", "status", "conversation_url",
                        "created_by")),
                new Fieldset("Participant", List.of("user", "email")),
                new Fieldset("Tavus resources", List.of("persona_id", "replica_id")),
                new Fieldset("Lifecycle", List.of("created_at", "completed_at", "duration_seconds", "completion_url",
                        "updated_at", "tracking_id")),
                new Fieldset("Transcript", List.of("transcript")),
                new Fieldset("Metadata", List.of("metadata")));
    }

    @Override
    public List<AdminAction<TrackedConversation>> actions() {
        return actions;
    }

    @Override
    public boolean supports(AdminOperation operation) {
        return operation == AdminOperation.VIEW || operation == AdminOperation.CHANGE;
    }

    @Override
    protected Map<String, Attribute> attributes() {
        return Map.of("conversation_id", Attribute.CONVERSATION_ID, "conversation_name", Attribute.CONVERSATION_NAME,
                "status", Attribute.STATUS, "email", Attribute.EMAIL, "created_by", Attribute.CREATED_BY,
                "persona_id", Attribute.PERSONA_ID, "replica_id", Attribute.REPLICA_ID, "created_at", Attribute.CREATED_AT,
                "completed_at", Attribute.COMPLETED_AT, "duration_seconds", Attribute.DURATION_SECONDS);
    }

    @Override
    protected List<Criterion<Attribute>> criteria(ChangeListQuery query) {
        var criteria = new ArrayList<Criterion<Attribute>>();
        query.filter("status").ifPresent(status -> criteria.add(new Criterion.Equal<>(Attribute.STATUS, status)));
        within(query, "created", Attribute.CREATED_AT).ifPresent(criteria::add);
        query.bool("has_transcript").ifPresent(has -> criteria.add(new Criterion.IsNull<>(Attribute.TRANSCRIPT, !has)));
        query.filter("user").ifPresent(user -> criteria.add(new Criterion.Equal<>(Attribute.USER_ID, userId(user))));
        return criteria;
    }

    @Override
    public Mono<Page<TrackedConversation>> list(ChangeListQuery query) {
        return Mono.defer(() -> records.list(recordQuery(query)));
    }

    @Override
    public Mono<TrackedConversation> get(String id) {
        return Mono.defer(() -> records.get(ConversationId.of(id)));
    }

    @Override
    public String idOf(TrackedConversation conversation) {
        return conversation.conversationId().value();
    }

    @Override
    public String describe(TrackedConversation conversation) {
        var name = conversation.conversationName();
        return name == null || name.isBlank() ? conversation.conversationId().value()
                : name + " (" + conversation.conversationId().value() + ")";
    }

    /** The transcript line by line when Tavus sent it structured, else its text. */
    static Display transcript(TrackedConversation conversation) {
        if (!conversation.transcriptLines().isEmpty()) {
            return new Display.Lines(conversation.transcriptLines().stream()
                    .map(line -> new Display.Line(line.role(), line.content())).toList());
        }
        var text = conversation.transcript();
        return text == null || text.isBlank() ? Display.EMPTY : new Display.Multiline(text);
    }

    /** A user filter that is not a UUID matches nobody, rather than failing the page. */
    private static UUID userId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            return new UUID(0, 0);
        }
    }
}
