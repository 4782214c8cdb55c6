package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The wire records of {@code /v2/guardrails} in the stored docs' set-based model, and their mapping.
 * Answers are read leniently: the create answer names the set {@code guardrails_name}, other
 * answers may say {@code name}; items are passed through as JSON.
 */
final class GuardrailsWire {

    private GuardrailsWire() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreateBody(String name, List<ItemBody> data, @JsonAnyGetter Map<String, Object> extraFields) {
        CreateBody {
            extraFields = ExtraJson.withoutKnown(extraFields, Set.of("name", "data"));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemBody(String guardrailName, String guardrailPrompt, String modality, String callbackUrl,
            @JsonAnyGetter Map<String, Object> extraFields) {
        ItemBody {
            extraFields = ExtraJson.withoutKnown(extraFields,
                    Set.of("guardrail_name", "guardrail_prompt", "modality", "callback_url"));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Response(String guardrailsId, String guardrailsName, String name, String status,
            List<Map<String, Object>> data, String createdAt, String updatedAt,
            @JsonAnySetter Map<String, Object> extraFields) {
        Response {
            extraFields = ExtraJson.orEmpty(extraFields);
        }
    }

    static CreateBody toBody(GuardrailsDraft draft) {
        return new CreateBody(draft.name(), draft.guardrails().stream().map(GuardrailsWire::toBody).toList(),
                draft.extraFields());
    }

    private static ItemBody toBody(Guardrail guardrail) {
        return new ItemBody(guardrail.name(), guardrail.prompt(),
                guardrail.modality() == null ? null : guardrail.modality().value(), guardrail.callbackUrl(),
                guardrail.extraFields());
    }

    static Guardrails toDomain(Response response) {
        return new Guardrails(GuardrailsId.of(response.guardrailsId()),
                response.guardrailsName() != null ? response.guardrailsName() : response.name(),
                response.status(), response.data(), response.createdAt(), response.updatedAt(),
                response.extraFields());
    }
}
