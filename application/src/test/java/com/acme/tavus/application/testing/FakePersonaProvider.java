package com.acme.tavus.application.testing;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * Personas in a map, numbered ids. Patches are recorded, not applied (applying JSON Patch is the
 * sandbox's job); {@link #answerPatchesWith} scripts what a patch returns.
 */
public final class FakePersonaProvider implements PersonaProvider {

    private final Map<PersonaId, Persona> personas = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<PersonaDraft> drafts = new CopyOnWriteArrayList<>();
    private final List<JsonPatch> patches = new CopyOnWriteArrayList<>();
    private final AtomicReference<RuntimeException> patchFailure = new AtomicReference<>();
    private final AtomicReference<Boolean> patchReturnsPersona = new AtomicReference<>(Boolean.TRUE);
    private final AtomicReference<Boolean> patchChanges = new AtomicReference<>(Boolean.TRUE);

    @Override
    public Mono<Persona> create(PersonaDraft draft) {
        return Mono.fromSupplier(() -> {
            drafts.add(draft);
            var id = PersonaId.of("p" + sequence.incrementAndGet());
            var persona = new Persona(id, draft.name(), draft.systemPrompt(), draft.context(),
                    draft.pipelineMode() == null ? null : draft.pipelineMode().value(),
                    draft.defaultReplicaId() == null ? null : draft.defaultReplicaId().value(),
                    draft.documentIds(), draft.documentTags(), draft.layers(), "user",
                    "2025-01-01T00:00:00Z", null, draft.extraFields());
            personas.put(id, persona);
            return persona;
        });
    }

    @Override
    public Mono<Persona> get(PersonaId id) {
        return Mono.fromSupplier(() -> find(id));
    }

    @Override
    public Mono<Page<Persona>> list(PersonaFilter filter) {
        return Mono.fromSupplier(() -> {
            var matching = personas.values().stream()
                    .filter(p -> filter.personaType() == null || filter.personaType().equals(p.personaType()))
                    .toList();
            return new Page<>(matching, matching.size());
        });
    }

    @Override
    public Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch) {
        return Mono.fromSupplier(() -> {
            var persona = find(id);
            patches.add(patch);
            var failure = patchFailure.get();
            if (failure != null) {
                throw failure;
            }
            if (!patchChanges.get()) {
                return PatchResult.<Persona>unchanged();
            }
            return PatchResult.changed(patchReturnsPersona.get() ? persona : null);
        });
    }

    @Override
    public Mono<Void> delete(PersonaId id) {
        return Mono.fromRunnable(() -> {
            if (personas.remove(id) == null) {
                throw new NotFoundException("persona", id.value());
            }
        });
    }

    /** Stores {@code persona} as if it had been created. */
    public void put(Persona persona) {
        personas.put(persona.id(), persona);
    }

    /** What later patches answer: unchanged, changed with the persona, or changed without a body. */
    public void answerPatchesWith(boolean changes, boolean returnsPersona) {
        patchChanges.set(changes);
        patchReturnsPersona.set(returnsPersona);
        patchFailure.set(null);
    }

    /** Later patches fail as Tavus's 422 would. */
    public void rejectPatchesWith(String message) {
        patchFailure.set(new ProviderException.Rejected(message));
    }

    public List<PersonaDraft> drafts() {
        return List.copyOf(drafts);
    }

    public List<JsonPatch> patches() {
        return List.copyOf(patches);
    }

    public void reset() {
        personas.clear();
        drafts.clear();
        patches.clear();
        answerPatchesWith(true, true);
    }

    private Persona find(PersonaId id) {
        var persona = personas.get(id);
        if (persona == null) {
            throw new NotFoundException("persona", id.value());
        }
        return persona;
    }
}
