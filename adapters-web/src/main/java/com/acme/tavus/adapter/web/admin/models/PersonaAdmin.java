package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.FormRejected;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.adapter.web.admin.Widget;
import com.acme.tavus.application.persona.port.in.ManagePersonasUseCase;
import com.acme.tavus.application.persona.port.in.PersonaQueries;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.JsonDiff;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The personas, live from Tavus (or the sandbox) through the persona use cases. A persona is edited
 * as one JSON document (name, prompts, replica, documents, layers and any field Tavus added): the
 * admin site checks it is a JSON object, turns the differences into a JSON Patch (RFC 6902) and
 * sends that, so Tavus's own validation has the last word and unchanged fields are not resent.
 */
@Component
class PersonaAdmin extends ModelAdmin<Persona> {

    static final String SLUG = "personas";
    static final String JSON_FIELD = "persona_json";
    /** Shown, never part of the editable document: Tavus sets them. */
    static final Set<String> TAVUS_OWNED = Set.of("persona_id", "persona_type", "created_at", "updated_at");
    /** Where the add form starts: the fields a full-pipeline persona needs, to be filled in. */
    static final String NEW_PERSONA = """
            {
              "persona_name": "",
              "system_prompt": "",
              "context": "",
              "pipeline_mode": "full",
              "default_replica_id": "re8e740a42"
            }""";

    private final PersonaQueries personas;
    private final ManagePersonasUseCase manage;
    private final List<AdminField<Persona>> fields = List.of(
            AdminField.<Persona>text("persona_id", "Persona ID", p -> p.id().value()),
            AdminField.<Persona>text("persona_name", "Name", Persona::name),
            AdminField.<Persona>text("persona_type", "Type", Persona::personaType)
                    .help("system: a Tavus stock persona, which cannot be changed or deleted."),
            AdminField.<Persona>text("pipeline_mode", "Pipeline", Persona::pipelineMode),
            AdminField.<Persona>link("default_replica_id", "Default replica", Persona::defaultReplicaId,
                    p -> p.defaultReplicaId() == null ? null : AdminUrls.change(ReplicaAdmin.SLUG, p.defaultReplicaId())),
            AdminField.<Persona>text("created_at", "Created", Persona::createdAt),
            AdminField.<Persona>text("updated_at", "Updated", Persona::updatedAt),
            AdminField.<Persona>json(JSON_FIELD, "Persona (JSON)", p -> editable(p)).editable(Widget.JSON).required()
                    .help("Edit any field and save: the changes are sent to Tavus as a JSON Patch. Fields set by Tavus "
                            + "(persona_id, persona_type, created_at, updated_at) are not part of it.")
                    .initial(NEW_PERSONA));

    PersonaAdmin(PersonaQueries personas, ManagePersonasUseCase manage) {
        super("Tavus", SLUG, "persona", "personas");
        this.personas = personas;
        this.manage = manage;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<AdminField<Persona>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("persona_id", "persona_name", "persona_type", "pipeline_mode", "default_replica_id", "created_at");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(ListFilter.choice("type", "type", List.of(new Choice("user", "Yours"), new Choice("system", "Stock"))));
    }

    @Override
    public List<Fieldset> fieldsets() {
        return List.of(
                new Fieldset(null, List.of("persona_id", "persona_name", "persona_type", "pipeline_mode",
                        "default_replica_id", "created_at", "updated_at")),
                new Fieldset("Persona as JSON", List.of(JSON_FIELD)));
    }

    @Override
    public boolean supports(AdminOperation operation) {
        return true;
    }

    @Override
    public Mono<Page<Persona>> list(ChangeListQuery query) {
        return Mono.defer(() -> personas.list(new PersonaFilter(
                new PageRequest(Math.min(query.perPage(), PageRequest.MAX_LIMIT), query.page()),
                query.filter("type").orElse(null))));
    }

    @Override
    public Mono<Persona> get(String id) {
        return Mono.defer(() -> personas.get(PersonaId.of(id)));
    }

    @Override
    public String idOf(Persona persona) {
        return persona.id().value();
    }

    @Override
    public String describe(Persona persona) {
        return persona.name() == null || persona.name().isBlank() ? persona.id().value()
                : persona.name() + " (" + persona.id().value() + ")";
    }

    @Override
    public Mono<Persona> create(FormInput form, AdminUser by) {
        return Mono.defer(() -> manage.create(draft(document(form)))).onErrorMap(PersonaAdmin::onTheJsonField);
    }

    @Override
    public Mono<Persona> update(Persona current, FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var edited = document(form);
            var patch = JsonDiff.between(editable(current), edited);
            if (patch.isEmpty()) {
                return Mono.just(current);
            }
            return manage.patch(current.id(), patch.get())
                    .flatMap(result -> result.updated().map(Mono::just).orElseGet(() -> personas.get(current.id())));
        }).onErrorMap(PersonaAdmin::onTheJsonField);
    }

    @Override
    public Mono<Void> delete(Persona persona, AdminUser by) {
        return manage.delete(persona.id());
    }

    /** Problems with the document's content (from the domain or Tavus) belong next to the JSON field. */
    private static Throwable onTheJsonField(Throwable error) {
        return error instanceof InvalidValueException || error instanceof ProviderException.Rejected
                ? FormRejected.of(JSON_FIELD, error.getMessage())
                : error;
    }

    /** The persona as the JSON document an admin edits: every field Tavus reported, but its own. */
    static Map<String, Object> editable(Persona persona) {
        var json = new LinkedHashMap<String, Object>();
        putIfPresent(json, "persona_name", persona.name());
        putIfPresent(json, "system_prompt", persona.systemPrompt());
        putIfPresent(json, "context", persona.context());
        putIfPresent(json, "pipeline_mode", persona.pipelineMode());
        putIfPresent(json, "default_replica_id", persona.defaultReplicaId());
        putIfPresent(json, "document_ids", persona.documentIds());
        putIfPresent(json, "document_tags", persona.documentTags());
        if (!persona.layers().isEmpty()) {
            json.put("layers", persona.layers());
        }
        persona.extraFields().forEach((key, value) -> {
            if (!TAVUS_OWNED.contains(key)) {
                json.putIfAbsent(key, value);
            }
        });
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(FormInput form) {
        var json = form.json(JSON_FIELD);
        form.throwIfErrors();
        if (!(json instanceof Map<?, ?> object)) {
            throw FormRejected.of(JSON_FIELD, "Enter a JSON object ({ ... }), not a list or a single value.");
        }
        for (var key : TAVUS_OWNED) {
            if (object.containsKey(key)) {
                throw FormRejected.of(JSON_FIELD, "\"" + key + "\" is set by Tavus and cannot be sent; remove it.");
            }
        }
        return (Map<String, Object>) object;
    }

    /** A new persona from the document, checked like the API's create (the domain names the field). */
    private static PersonaDraft draft(Map<String, Object> json) {
        var extra = new LinkedHashMap<>(json);
        var known = List.of("persona_name", "system_prompt", "context", "pipeline_mode", "default_replica_id",
                "document_ids", "document_tags", "layers");
        known.forEach(extra::remove);
        var pipeline = text(json, "pipeline_mode");
        var replica = text(json, "default_replica_id");
        return new PersonaDraft(text(json, "persona_name"), text(json, "system_prompt"), text(json, "context"),
                pipeline == null ? null : PipelineMode.of(pipeline), replica == null ? null : ReplicaId.of(replica),
                strings(json, "document_ids"), strings(json, "document_tags"), object(json, "layers"), extra);
    }

    private static String text(Map<String, Object> json, String key) {
        var value = json.get(key);
        if (value != null && !(value instanceof String)) {
            throw new InvalidValueException(key, "must be a string");
        }
        return (String) value;
    }

    private static List<String> strings(Map<String, Object> json, String key) {
        var value = json.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
            throw new InvalidValueException(key, "must be a list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> json, String key) {
        var value = json.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new InvalidValueException(key, "must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
