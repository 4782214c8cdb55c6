package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The lifecycle every provider resource changed by JSON Patch shares (personas, guardrails sets,
 * objectives sets), as tests: create, read, page, patch (changed, unchanged, rejected as a whole),
 * delete, and an unknown id as {@link NotFoundException} throughout. Not extended by adapters
 * directly: {@link PersonaProviderContract}, {@link GuardrailsProviderContract} and
 * {@link ObjectivesProviderContract} bind it to their port.
 *
 * @param <T> the resource
 * @param <I> its id
 */
public abstract class JsonPatchResourceContract<T, I> {

    /** An id the provider has never handed out. */
    abstract I unknownId();

    /** Creates a resource whose name (as {@link #name} reads it) is {@code name}. */
    abstract T create(String name);

    abstract I id(T resource);

    abstract String name(T resource);

    /** The JSON Pointer of the name in the provider's own JSON, e.g. {@code /persona_name}. */
    abstract String namePath();

    abstract Mono<T> get(I id);

    abstract Page<T> list(PageRequest page);

    abstract Mono<PatchResult<T>> patch(I id, JsonPatch patch);

    abstract Mono<Void> delete(I id);

    @Test
    void create_answersWithANewIdAndTheNameSent_andIsNotIdempotent() {
        var created = create("Contract");

        assertThat(id(created)).isNotNull();
        assertThat(name(created)).isEqualTo("Contract");
        assertThat(id(create("Contract"))).as("not idempotent").isNotEqualTo(id(created));
    }

    @Test
    void get_returnsTheCreatedResource() {
        var created = create("Readable");

        StepVerifier.create(get(id(created)))
                .assertNext(read -> {
                    assertThat(id(read)).isEqualTo(id(created));
                    assertThat(name(read)).isEqualTo("Readable");
                })
                .verifyComplete();
    }

    @Test
    void get_ofAnUnknownId_isNotFound() {
        StepVerifier.create(get(unknownId())).verifyError(NotFoundException.class);
    }

    @Test
    void list_pagesCountFromOne_holdAtMostTheLimit_andTogetherHoldEveryResourceOnce() {
        var created = List.of(id(create("One")), id(create("Two")), id(create("Three")));

        var seen = ContractPaging.walk(this::list, this::id, 2);

        assertThat(seen).containsAll(created);
    }

    @Test
    void patch_thatChangesTheName_isChanged_andTheNextReadSeesIt() {
        var created = create("Before");

        StepVerifier.create(patch(id(created), replaceName("After")))
                .assertNext(result -> assertThat(result.changed()).isTrue())
                .verifyComplete();

        StepVerifier.create(get(id(created)))
                .assertNext(read -> assertThat(name(read)).isEqualTo("After"))
                .verifyComplete();
    }

    @Test
    void patch_thatChangesNothing_isUnchanged() {
        var created = create("Same");

        StepVerifier.create(patch(id(created), replaceName("Same")))
                .assertNext(result -> assertThat(result.changed()).isFalse())
                .verifyComplete();
    }

    @Test
    void patch_whoseTestFails_isRejected_andChangesNothing() {
        var created = create("Kept");
        var patch = JsonPatch.of(List.of(
                Map.of("op", "test", "path", namePath(), "value", "Someone else"),
                Map.of("op", "replace", "path", namePath(), "value", "Changed")));

        StepVerifier.create(patch(id(created), patch)).verifyError(ProviderException.Rejected.class);

        StepVerifier.create(get(id(created)))
                .assertNext(read -> assertThat(name(read)).isEqualTo("Kept"))
                .verifyComplete();
    }

    @Test
    void patch_ofAnUnknownId_isNotFound() {
        StepVerifier.create(patch(unknownId(), replaceName("Nobody"))).verifyError(NotFoundException.class);
    }

    @Test
    void delete_makesTheResourceUnknown() {
        var created = create("Gone");

        StepVerifier.create(delete(id(created))).verifyComplete();

        StepVerifier.create(get(id(created))).verifyError(NotFoundException.class);
        StepVerifier.create(delete(id(created))).verifyError(NotFoundException.class);
    }

    private JsonPatch replaceName(String name) {
        return JsonPatch.of(List.of(Map.of("op", "replace", "path", namePath(), "value", name)));
    }
}
