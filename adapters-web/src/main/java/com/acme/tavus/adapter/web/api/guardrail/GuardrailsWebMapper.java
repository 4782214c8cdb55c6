package com.acme.tavus.adapter.web.api.guardrail;

import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.Modality;
import com.acme.tavus.domain.shared.Page;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Translates guardrails wire records to and from the domain; malformed ids fail with a 400 naming the field. */
@Component
class GuardrailsWebMapper {

    private static final Set<String> MODELLED_RESPONSE_FIELDS = Set.of("guardrails_id", "guardrails_name", "status",
            "data", "created_at", "updated_at");

    GuardrailsDraft toDomain(CreateGuardrailsRequest request) {
        var items = request.data().stream().map(GuardrailsWebMapper::toDomain).toList();
        return new GuardrailsDraft(request.name(), items, request.extraFields());
    }

    private static Guardrail toDomain(CreateGuardrailsRequest.Item item) {
        return new Guardrail(item.guardrailName(), item.guardrailPrompt(),
                item.modality() == null ? null : Modality.of(item.modality(), "modality"), item.callbackUrl(),
                item.extraFields());
    }

    GuardrailsId guardrailsId(String value) {
        return new GuardrailsId(value);
    }

    GuardrailsResponse toResponse(Guardrails set) {
        var extra = new LinkedHashMap<String, Object>();
        set.extraFields().forEach((key, value) -> {
            if (!MODELLED_RESPONSE_FIELDS.contains(key)) {
                extra.put(key, value);
            }
        });
        return new GuardrailsResponse(set.id().value(), set.name(), set.status(),
                set.data().isEmpty() ? null : set.data(), set.createdAt(), set.updatedAt(), extra);
    }

    GuardrailsListResponse toResponse(Page<Guardrails> page) {
        return new GuardrailsListResponse(page.data().stream().map(this::toResponse).toList(), page.totalCount());
    }
}
