package com.acme.tavus.application.testing;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
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
 * The shared behaviour of the guardrails and objectives fakes: sets in a map under numbered ids,
 * patches recorded (not applied) and answered as scripted.
 */
abstract class FakeSetProvider<T, D, I> {

    private final String resource;
    private final String prefix;
    private final Map<String, T> sets = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<D> drafts = new CopyOnWriteArrayList<>();
    private final List<JsonPatch> patches = new CopyOnWriteArrayList<>();
    private final AtomicReference<PatchResult<T>> patchAnswer = new AtomicReference<>();
    private final AtomicReference<RuntimeException> patchFailure = new AtomicReference<>();

    FakeSetProvider(String resource, String prefix) {
        this.resource = resource;
        this.prefix = prefix;
    }

    abstract T created(String id, D draft);

    abstract String idOf(I id);

    Mono<T> doCreate(D draft) {
        return Mono.fromSupplier(() -> {
            drafts.add(draft);
            var id = prefix + sequence.incrementAndGet();
            var set = created(id, draft);
            sets.put(id, set);
            return set;
        });
    }

    Mono<T> doGet(I id) {
        return Mono.fromSupplier(() -> find(id));
    }

    Mono<Page<T>> doList() {
        return Mono.fromSupplier(() -> new Page<>(List.copyOf(sets.values()), sets.size()));
    }

    Mono<PatchResult<T>> doPatch(I id, JsonPatch patch) {
        return Mono.fromSupplier(() -> {
            var set = find(id);
            patches.add(patch);
            if (patchFailure.get() != null) {
                throw patchFailure.get();
            }
            var scripted = patchAnswer.get();
            return scripted != null ? scripted : PatchResult.changed(set);
        });
    }

    Mono<Void> doDelete(I id) {
        return Mono.fromRunnable(() -> {
            if (sets.remove(idOf(id)) == null) {
                throw new NotFoundException(resource, idOf(id));
            }
        });
    }

    /** Stores {@code set} under {@code id} as if it had been created. */
    public void put(String id, T set) {
        sets.put(id, set);
    }

    /** Later patches answer {@code result}. */
    public void answerPatchesWith(PatchResult<T> result) {
        patchAnswer.set(result);
        patchFailure.set(null);
    }

    /** Later patches fail as Tavus's 422 would. */
    public void rejectPatchesWith(String message) {
        patchFailure.set(new ProviderException.Rejected(message));
    }

    public List<D> drafts() {
        return List.copyOf(drafts);
    }

    public List<JsonPatch> patches() {
        return List.copyOf(patches);
    }

    public void reset() {
        sets.clear();
        sequence.set(0);
        drafts.clear();
        patches.clear();
        patchAnswer.set(null);
        patchFailure.set(null);
    }

    private T find(I id) {
        var set = sets.get(idOf(id));
        if (set == null) {
            throw new NotFoundException(resource, idOf(id));
        }
        return set;
    }
}
