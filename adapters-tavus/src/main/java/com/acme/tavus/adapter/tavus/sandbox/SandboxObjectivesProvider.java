package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * {@link ObjectivesProvider} on the {@link SandboxTavus} simulator, in the stored docs' set-based
 * model: ids are {@code o} plus 10 hex digits, a new set is {@code active} and named after its first
 * objective (as Tavus's create answer does), confirmation mode defaults to auto and modality to verbal, lists are newest first (10 per page, pages from 1), and patches are
 * applied to the stored set as for personas ({@code objectives_id}, {@code status} and
 * {@code created_at} cannot be patched).
 */
public final class SandboxObjectivesProvider implements ObjectivesProvider {

    private static final String RESOURCE = "objectives";
    private static final int ID_HEX_DIGITS = 10;
    private static final Set<String> READ_ONLY = Set.of("objectives_id", "status", "created_at");

    private final SandboxTavus tavus;

    public SandboxObjectivesProvider(SandboxTavus tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Objectives> create(ObjectivesDraft draft) {
        return Mono.fromCallable(() -> {
            var sets = tavus.objectives();
            var now = tavus.now();
            SandboxJsonResource set;
            do { // two concurrent creates may draw the same free id; the loser draws again
                var id = tavus.newId("o", ID_HEX_DIGITS, sets::contains);
                set = new SandboxJsonResource(id, document(id, draft, now));
            } while (!sets.add(set.id(), set));
            return toDomain(set);
        });
    }

    @Override
    public Mono<Objectives> get(ObjectivesId id) {
        return Mono.fromCallable(() -> toDomain(SandboxJsonResources.find(tavus.objectives(), RESOURCE, id.value())));
    }

    @Override
    public Mono<Page<Objectives>> list(PageRequest page) {
        return Mono.fromCallable(() -> SandboxJsonResources.page(tavus.objectives(), page, SandboxObjectivesProvider::toDomain));
    }

    @Override
    public Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch) {
        return Mono.fromCallable(() -> SandboxJsonResources.patch(tavus.objectives(), RESOURCE, id.value(), patch,
                READ_ONLY, tavus.now(), SandboxObjectivesProvider::toDomain));
    }

    @Override
    public Mono<Void> delete(ObjectivesId id) {
        return Mono.fromRunnable(() -> {
            if (!tavus.objectives().remove(id.value())) {
                throw new NotFoundException(RESOURCE, id.value());
            }
        });
    }

    private static Map<String, Object> document(String id, ObjectivesDraft draft, String now) {
        var document = new LinkedHashMap<String, Object>(draft.extraFields());
        document.put("objectives_id", id);
        document.put("objective_name", draft.objectives().getFirst().name());
        document.put("status", "active");
        document.put("data", draft.objectives().stream().map(SandboxObjectivesProvider::item).toList());
        document.put("created_at", now);
        document.put("updated_at", now);
        return document;
    }

    private static Map<String, Object> item(Objective objective) {
        var item = new LinkedHashMap<String, Object>(objective.extraFields());
        item.put("objective_name", objective.name());
        item.put("objective_prompt", objective.prompt());
        item.put("confirmation_mode", objective.confirmationMode() == null ? "auto" : objective.confirmationMode());
        item.put("modality", objective.modality() == null ? "verbal" : objective.modality().value());
        putIfPresent(item, "output_variables", objective.outputVariables());
        putIfPresent(item, "next_conditional_objectives", objective.nextConditionalObjectives());
        putIfPresent(item, "next_required_objectives", objective.nextRequiredObjectives());
        putIfPresent(item, "callback_url", objective.callbackUrl());
        return item;
    }

    private static void putIfPresent(Map<String, Object> item, String field, Object value) {
        if (value != null) {
            item.put(field, value);
        }
    }

    private static Objectives toDomain(SandboxJsonResource set) {
        var json = new LinkedHashMap<>(set.json());
        var name = json.remove("objective_name");
        var status = json.remove("status");
        var data = json.remove("data");
        var createdAt = json.remove("created_at");
        var updatedAt = json.remove("updated_at");
        json.remove("objectives_id");
        return new Objectives(ObjectivesId.of(set.id()), text(name), text(status),
                data instanceof List<?> items ? SandboxJsonResources.objects(items) : List.of(),
                text(createdAt), text(updatedAt), json);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }
}
