package com.acme.tavus.application.persona;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.FakePersonaProvider;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class PersonaServiceTest {

    private final FakePersonaProvider provider = new FakePersonaProvider();
    private final PersonaService service = new PersonaService(provider);

    @Test
    void lifecycle_goesStraightToTheProvider() {
        var created = service.create(new PersonaDraft("DRAKO", "You are DRAKO.", null, null, null, null, null,
                Map.of(), Map.of())).block();
        var id = created.id();

        assertThat(service.get(id).block().name()).isEqualTo("DRAKO");
        assertThat(service.list(new PersonaFilter(PageRequest.defaults(), "user")).block().totalCount()).isEqualTo(1);
        var patch = JsonPatch.of(List.of(Map.of("op", "replace", "path", "/context", "value", "x")));
        assertThat(service.patch(id, patch).block().changed()).isTrue();
        assertThat(provider.patches()).containsExactly(patch);

        StepVerifier.create(service.delete(id)).verifyComplete();
        StepVerifier.create(service.get(id)).expectError(NotFoundException.class).verify();
        StepVerifier.create(service.delete(PersonaId.of("p404"))).expectError(NotFoundException.class).verify();
    }
}
