package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.adapter.web.admin.Widget;
import com.acme.tavus.application.replica.port.in.ManageReplicasUseCase;
import com.acme.tavus.application.replica.port.in.ReplicaQueries;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The account's replicas, live from Tavus (or the sandbox) through the replica use cases: list (by
 * type, or by exact ids typed into the search box), train a new one, rename, delete.
 */
@Component
class ReplicaAdmin extends ModelAdmin<Replica> {

    static final String SLUG = "replicas";

    private final ReplicaQueries replicas;
    private final ManageReplicasUseCase manage;
    private final List<AdminField<Replica>> fields = List.of(
            AdminField.<Replica>text("replica_id", "Replica ID", r -> r.id().value()),
            AdminField.<Replica>text("replica_name", "Name", Replica::name).editable(Widget.TEXT)
                    .help("Optional when training; required to rename."),
            AdminField.<Replica>text("status", "Status", r -> r.status().value()),
            AdminField.<Replica>text("training_progress", "Training progress", Replica::trainingProgress),
            AdminField.<Replica>text("replica_type", "Type", r -> r.type() == null ? null : r.type().value()),
            AdminField.<Replica>text("created_at", "Created", Replica::createdAt),
            AdminField.<Replica>text("updated_at", "Updated", Replica::updatedAt),
            AdminField.<Replica>link("thumbnail_video_url", "Thumbnail video", Replica::thumbnailVideoUrl,
                    Replica::thumbnailVideoUrl),
            AdminField.<Replica>text("error_message", "Training error", Replica::errorMessage),
            AdminField.<Replica>json("extra", "Other fields from Tavus", r -> r.extraFields().isEmpty() ? null : r.extraFields()),
            AdminField.<Replica>text("train_video_url", "Training video URL", r -> null).editable(Widget.URL).required()
                    .help("An absolute http(s) URL Tavus can download. Training takes hours and is billed."),
            AdminField.<Replica>text("consent_video_url", "Consent video URL", r -> null).editable(Widget.URL),
            AdminField.<Replica>text("callback_url", "Callback URL", r -> null).editable(Widget.URL),
            AdminField.<Replica>text("model_name", "Model", r -> null).editable(Widget.TEXT)
                    .help("Such as phoenix-3; empty for Tavus's default."));

    ReplicaAdmin(ReplicaQueries replicas, ManageReplicasUseCase manage) {
        super("Tavus", SLUG, "replica", "replicas");
        this.replicas = replicas;
        this.manage = manage;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<AdminField<Replica>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("replica_id", "replica_name", "status", "training_progress", "replica_type", "created_at");
    }

    @Override
    public List<String> searchFields() {
        return List.of("replica_id");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(ListFilter.choice("type", "type", List.of(new Choice("user", "Yours"), new Choice("system", "Stock"))));
    }

    @Override
    public List<String> addFields() {
        return List.of("train_video_url", "replica_name", "consent_video_url", "callback_url", "model_name");
    }

    @Override
    public List<Fieldset> fieldsets() {
        return List.of(
                new Fieldset(null, List.of("replica_id", "replica_name", "status", "training_progress", "error_message",
                        "replica_type", "created_at", "updated_at", "thumbnail_video_url")),
                new Fieldset("Other fields from Tavus", List.of("extra")));
    }

    @Override
    public boolean supports(AdminOperation operation) {
        return true;
    }

    /** Tavus has no search: the box takes exact replica ids (space- or comma-separated). */
    @Override
    public Mono<Page<Replica>> list(ChangeListQuery query) {
        return Mono.defer(() -> {
            var ids = new ArrayList<ReplicaId>();
            if (query.search() != null) {
                for (var token : query.search().split("[\\s,]+")) {
                    try {
                        ids.add(ReplicaId.of(token));
                    } catch (InvalidValueException notAnId) {
                        return Mono.just(new Page<Replica>(List.of(), 0));
                    }
                }
            }
            var type = query.filter("type").map(ReplicaType::of).orElse(null);
            var page = new PageRequest(Math.min(query.perPage(), PageRequest.MAX_LIMIT), query.page());
            return replicas.list(new ReplicaFilter(page, true, type, ids));
        });
    }

    @Override
    public Mono<Replica> get(String id) {
        return Mono.defer(() -> replicas.get(ReplicaId.of(id), true));
    }

    @Override
    public String idOf(Replica replica) {
        return replica.id().value();
    }

    @Override
    public String describe(Replica replica) {
        return replica.name() == null || replica.name().isBlank() ? replica.id().value()
                : replica.name() + " (" + replica.id().value() + ")";
    }

    @Override
    public Mono<Replica> create(FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var video = form.required("train_video_url");
            form.throwIfErrors();
            var name = form.text("replica_name");
            var request = new ReplicaRequest(video, form.text("consent_video_url"), form.text("callback_url"),
                    name == null ? null : ReplicaName.of(name), form.text("model_name"), null, Map.of());
            return manage.create(request, RecordModelAdmin.actor(by));
        });
    }

    @Override
    public Mono<Replica> update(Replica current, FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var name = form.required("replica_name");
            form.throwIfErrors();
            if (name.equals(current.name())) {
                return Mono.just(current);
            }
            return manage.rename(current.id(), ReplicaName.of(name), RecordModelAdmin.actor(by))
                    .then(replicas.get(current.id(), true));
        });
    }

    @Override
    public Mono<Void> delete(Replica replica, AdminUser by) {
        return manage.delete(replica.id(), false, RecordModelAdmin.actor(by));
    }
}
