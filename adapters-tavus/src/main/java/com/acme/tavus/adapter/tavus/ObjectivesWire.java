package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The wire records of {@code /v2/objectives} in the stored docs' set-based model, and their mapping.
 * The create answer names the set {@code objective_name}; other answers may say {@code name}.
 */
final class ObjectivesWire {

    private ObjectivesWire() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreateBody(List<ItemBody> data, @JsonAnyGetter Map<String, Object> extraFields) {
        CreateBody {
            extraFields = ExtraJson.withoutKnown(extraFields, Set.of("data"));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemBody(String objectiveName, String objectivePrompt, String confirmationMode,
            List<String> outputVariables, String modality, Map<String, String> nextConditionalObjectives,
            List<String> nextRequiredObjectives, String callbackUrl, @JsonAnyGetter Map<String, Object> extraFields) {
        ItemBody {
            extraFields = ExtraJson.withoutKnown(extraFields, Set.of("objective_name", "objective_prompt",
                    "confirmation_mode", "output_variables", "modality", "next_conditional_objectives",
                    "next_required_objectives", "callback_url"));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Response(String objectivesId, String objectiveName, String name, String status,
            List<Map<String, Object>> data, String createdAt, String updatedAt,
            @JsonAnySetter Map<String, Object> extraFields) {
        Response {
            extraFields = ExtraJson.orEmpty(extraFields);
        }
    }

    static CreateBody toBody(ObjectivesDraft draft) {
        return new CreateBody(draft.objectives().stream().map(ObjectivesWire::toBody).toList(), draft.extraFields());
    }

    private static ItemBody toBody(Objective objective) {
        return new ItemBody(objective.name(), objective.prompt(), objective.confirmationMode(),
                objective.outputVariables(), objective.modality() == null ? null : objective.modality().value(),
                objective.nextConditionalObjectives(), objective.nextRequiredObjectives(), objective.callbackUrl(),
                objective.extraFields());
    }

    static Objectives toDomain(Response response) {
        return new Objectives(ObjectivesId.of(response.objectivesId()),
                response.objectiveName() != null ? response.objectiveName() : response.name(),
                response.status(), response.data(), response.createdAt(), response.updatedAt(),
                response.extraFields());
    }
}
