package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
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
 * {@link GuardrailsProvider} on the {@link SandboxTavus} simulator, in the stored docs' set-based
 * model: ids are {@code g} plus 10 hex digits, a new set is {@code active}, each guardrail's
 * modality defaults to verbal, lists are newest first (10 per page, pages from 1), and patches are
 * applied to the stored set as for personas ({@code guardrails_id}, {@code status} and
 * {@code created_at} cannot be patched).
 */
public final class SandboxGuardrailsProvider implements GuardrailsProvider {

    private static final String RESOURCE = "guardrails";
    private static final int ID_HEX_DIGITS = 10;
    private static final Set<String> READ_ONLY = Set.of("guardrails_id", "status", "created_at");

    private final SandboxTavus tavus;

    public SandboxGuardrailsProvider(SandboxTavus tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Guardrails> create(GuardrailsDraft draft) {
        return Mono.fromCallable(() -> {
            var sets = tavus.guardrails();
            var now = tavus.now();
            SandboxJsonResource set;
            do { // two concurrent creates may draw the same free id; the loser draws again
                var id = tavus.newId("g", ID_HEX_DIGITS, sets::contains);
                set = new SandboxJsonResource(id, document(id, draft, now));
            } while (!sets.add(set.id(), set));
            return toDomain(set);
        });
    }

    @Override
    public Mono<Guardrails> get(GuardrailsId id) {
        return Mono.fromCallable(() -> toDomain(SandboxJsonResources.find(tavus.guardrails(), RESOURCE, id.value())));
    }

    @Override
    public Mono<Page<Guardrails>> list(PageRequest page) {
        return Mono.fromCallable(() -> SandboxJsonResources.page(tavus.guardrails(), page, SandboxGuardrailsProvider::toDomain));
    }

    @Override
    public Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch) {
        return Mono.fromCallable(() -> SandboxJsonResources.patch(tavus.guardrails(), RESOURCE, id.value(), patch,
                READ_ONLY, tavus.now(), SandboxGuardrailsProvider::toDomain));
    }

    @Override
    public Mono<Void> delete(GuardrailsId id) {
        return Mono.fromRunnable(() -> {
            if (!tavus.guardrails().remove(id.value())) {
                throw new NotFoundException(RESOURCE, id.value());
            }
        });
    }

    private static Map<String, Object> document(String id, GuardrailsDraft draft, String now) {
        var document = new LinkedHashMap<String, Object>(draft.extraFields());
        document.put("guardrails_id", id);
        document.put("guardrails_name", draft.name());
        document.put("status", "active");
        document.put("data", draft.guardrails().stream().map(SandboxGuardrailsProvider::item).toList());
        document.put("created_at", now);
        document.put("updated_at", now);
        return document;
    }

    private static Map<String, Object> item(Guardrail guardrail) {
        var item = new LinkedHashMap<String, Object>(guardrail.extraFields());
        item.put("guardrail_name", guardrail.name());
        item.put("guardrail_prompt", guardrail.prompt());
        item.put("modality", guardrail.modality() == null ? "verbal" : guardrail.modality().value());
        if (guardrail.callbackUrl() != null) {
            item.put("callback_url", guardrail.callbackUrl());
        }
        return item;
    }

    private static Guardrails toDomain(SandboxJsonResource set) {
        var json = new LinkedHashMap<>(set.json());
        var name = json.remove("guardrails_name");
        var status = json.remove("status");
        var data = json.remove("data");
        var createdAt = json.remove("created_at");
        var updatedAt = json.remove("updated_at");
        json.remove("guardrails_id");
        return new Guardrails(GuardrailsId.of(set.id()), text(name), text(status),
                data instanceof List<?> items ? SandboxJsonResources.objects(items) : List.of(),
                text(createdAt), text(updatedAt), json);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }
}
