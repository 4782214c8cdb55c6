package com.acme.tavus.application.testing;

import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Guardrails sets in memory, ids g1, g2, ...; see {@link FakeSetProvider}. */
public final class FakeGuardrailsProvider extends FakeSetProvider<Guardrails, GuardrailsDraft, GuardrailsId>
        implements GuardrailsProvider {

    public FakeGuardrailsProvider() {
        super("guardrails", "g");
    }

    @Override
    Guardrails created(String id, GuardrailsDraft draft) {
        var data = draft.guardrails().stream()
                .map(g -> Map.<String, Object>of("guardrail_name", g.name(), "guardrail_prompt", g.prompt()))
                .toList();
        return new Guardrails(GuardrailsId.of(id), draft.name(), "active", data, "2025-01-01T00:00:00Z", null, Map.of());
    }

    @Override
    String idOf(GuardrailsId id) {
        return id.value();
    }

    @Override
    public Mono<Guardrails> create(GuardrailsDraft draft) {
        return doCreate(draft);
    }

    @Override
    public Mono<Guardrails> get(GuardrailsId id) {
        return doGet(id);
    }

    @Override
    public Mono<Page<Guardrails>> list(PageRequest page) {
        return doList();
    }

    @Override
    public Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch) {
        return doPatch(id, patch);
    }

    @Override
    public Mono<Void> delete(GuardrailsId id) {
        return doDelete(id);
    }
}
