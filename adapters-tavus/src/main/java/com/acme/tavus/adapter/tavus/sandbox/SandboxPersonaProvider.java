package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * {@link PersonaProvider} on the {@link SandboxTavus} simulator. It mirrors what callers can observe
 * of Tavus:
 * <ul>
 *   <li>ids are {@code p} plus 11 lowercase hex digits; new personas are {@code user} personas, the
 *       stock one is {@code system};
 *   <li>a {@code default_replica_id} must name an existing replica;
 *   <li>patches are applied to the stored persona with Jakarta JSON Processing: nothing changed is
 *       Tavus's 304, a failed {@code test} or a missing path Tavus's 422 ({@code Rejected});
 *       {@code persona_id}, {@code persona_type} and {@code created_at} cannot be patched;
 *   <li>stock ({@code system}) personas cannot be patched or deleted;
 *   <li>a deleted persona is gone for good: conversations naming it fail with "Invalid persona_id";
 *   <li>lists are newest first, 10 per page by default, pages counted from 1.
 * </ul>
 */
public final class SandboxPersonaProvider implements PersonaProvider {

    private static final String RESOURCE = "persona";
    private static final int DEFAULT_LIMIT = 10;
    private static final int ID_HEX_DIGITS = 11;
    /** Fields the sandbox owns; a patch that changes them is refused, as Tavus would. */
    static final String STOCK_PERSONA_IS_READ_ONLY = "Invalid persona_id: stock (system) personas cannot be changed";
    private static final Set<String> READ_ONLY = Set.of("persona_id", "persona_type", "created_at");
    /** Fields {@link Persona} types; everything else in a stored document is an extra field. */
    private static final Set<String> MODELLED = Set.of("persona_id", "persona_name", "system_prompt", "context",
            "pipeline_mode", "default_replica_id", "document_ids", "document_tags", "layers", "persona_type",
            "created_at", "updated_at");

    private final SandboxTavus tavus;

    public SandboxPersonaProvider(SandboxTavus tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Persona> create(PersonaDraft draft) {
        return Mono.fromCallable(() -> {
            if (draft.defaultReplicaId() != null && !tavus.replicas().contains(draft.defaultReplicaId().value())) {
                throw new ProviderException.Rejected("Invalid default_replica_id", "default_replica_id");
            }
            var personas = tavus.personas();
            var now = tavus.now();
            SandboxPersona persona;
            do { // two concurrent creates may draw the same free id; the loser draws again
                var id = tavus.newId("p", ID_HEX_DIGITS, personas::contains);
                persona = SandboxPersona.of(document(id, draft, now));
            } while (!personas.add(persona.id(), persona));
            return toDomain(persona);
        });
    }

    @Override
    public Mono<Persona> get(PersonaId id) {
        return Mono.fromCallable(() -> toDomain(find(id)));
    }

    @Override
    public Mono<Page<Persona>> list(PersonaFilter filter) {
        return Mono.fromCallable(() -> {
            var matching = tavus.personas().newestFirst().stream()
                    .filter(p -> filter.personaType() == null || filter.personaType().equals(p.personaType()))
                    .toList();
            var limit = filter.page().limitOr(DEFAULT_LIMIT);
            var skip = (long) (filter.page().pageOr(1) - 1) * limit;
            var page = matching.stream().skip(skip).limit(limit).map(SandboxPersonaProvider::toDomain).toList();
            return new Page<>(page, matching.size());
        });
    }

    @Override
    public Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch) {
        return Mono.fromCallable(() -> {
            var changed = new AtomicReference<SandboxPersona>();
            requireUserPersona(id);
            var updated = tavus.personas().update(id.value(), stored -> SandboxJson.apply(stored.document(), patch)
                    .map(patched -> {
                        var next = SandboxPersona.of(withUpdatedAt(readOnlyKept(stored.document(), patched)));
                        changed.set(next);
                        return next;
                    })
                    .orElse(stored));
            if (updated.isEmpty()) {
                throw notFound(id);
            }
            return changed.get() == null
                    ? PatchResult.<Persona>unchanged()
                    : PatchResult.changed(toDomain(changed.get()));
        });
    }

    @Override
    public Mono<Void> delete(PersonaId id) {
        return Mono.fromRunnable(() -> {
            requireUserPersona(id);
            if (!tavus.personas().remove(id.value())) {
                throw notFound(id);
            }
        });
    }

    /**
     * Tavus's stock ({@code system}) personas belong to Tavus, not the account; in the sandbox they
     * also back the README examples and the onboarding default, so they cannot be changed.
     */
    private void requireUserPersona(PersonaId id) {
        if ("system".equals(find(id).personaType())) {
            throw new ProviderException.Rejected(STOCK_PERSONA_IS_READ_ONLY, "persona_id");
        }
    }

    private SandboxPersona find(PersonaId id) {
        return tavus.personas().find(id.value()).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(PersonaId id) {
        return new NotFoundException(RESOURCE, id.value());
    }

    private static Map<String, Object> readOnlyKept(Map<String, Object> before, Map<String, Object> after) {
        for (var field : READ_ONLY) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                throw new ProviderException.Rejected("Invalid JSON patch: " + field + " cannot be changed", field);
            }
        }
        return after;
    }

    private Map<String, Object> withUpdatedAt(Map<String, Object> document) {
        var next = new LinkedHashMap<>(document);
        next.put("updated_at", tavus.now());
        return next;
    }

    private static Map<String, Object> document(String id, PersonaDraft draft, String now) {
        var document = new LinkedHashMap<String, Object>();
        draft.extraFields().forEach(document::put); // modelled fields below win over same-named extras
        document.put("persona_id", id);
        document.put("persona_name", draft.name());
        document.put("persona_type", "user");
        document.put("pipeline_mode", (draft.pipelineMode() == null ? PipelineMode.FULL : draft.pipelineMode()).value());
        document.put("system_prompt", draft.systemPrompt());
        document.put("context", draft.context());
        document.put("default_replica_id", draft.defaultReplicaId() == null ? null : draft.defaultReplicaId().value());
        document.put("document_ids", draft.documentIds() == null ? List.of() : draft.documentIds());
        document.put("document_tags", draft.documentTags() == null ? List.of() : draft.documentTags());
        document.put("layers", draft.layers());
        document.put("created_at", now);
        document.put("updated_at", now);
        return document;
    }

    @SuppressWarnings("unchecked")
    static Persona toDomain(SandboxPersona persona) {
        var document = persona.document();
        var extra = new LinkedHashMap<String, Object>();
        document.forEach((key, value) -> {
            if (!MODELLED.contains(key)) {
                extra.put(key, value);
            }
        });
        var layers = document.get("layers") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.<String, Object>of();
        return new Persona(PersonaId.of(persona.id()), persona.name(), persona.systemPrompt(),
                text(document.get("context")), text(document.get("pipeline_mode")), persona.defaultReplicaId(),
                SandboxJson.strings(document.get("document_ids")), SandboxJson.strings(document.get("document_tags")),
                layers, persona.personaType(), persona.createdAt(), text(document.get("updated_at")), extra);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }
}
