package com.acme.tavus.adapter.web.api.objective;

import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.Modality;
import com.acme.tavus.domain.shared.Page;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Translates objectives wire records to and from the domain; malformed ids fail with a 400 naming the field. */
@Component
class ObjectivesWebMapper {

    private static final Set<String> MODELLED_RESPONSE_FIELDS = Set.of("objectives_id", "objective_name", "status",
            "data", "created_at", "updated_at");

    ObjectivesDraft toDomain(CreateObjectivesRequest request) {
        var items = request.data().stream().map(ObjectivesWebMapper::toDomain).toList();
        return new ObjectivesDraft(items, request.extraFields());
    }

    private static Objective toDomain(CreateObjectivesRequest.Item item) {
        return new Objective(item.objectiveName(), item.objectivePrompt(), item.confirmationMode(),
                item.outputVariables(), item.modality() == null ? null : Modality.of(item.modality(), "modality"),
                item.nextConditionalObjectives(), item.nextRequiredObjectives(), item.callbackUrl(),
                item.extraFields());
    }

    ObjectivesId objectivesId(String value) {
        return new ObjectivesId(value);
    }

    ObjectivesResponse toResponse(Objectives set) {
        var extra = new LinkedHashMap<String, Object>();
        set.extraFields().forEach((key, value) -> {
            if (!MODELLED_RESPONSE_FIELDS.contains(key)) {
                extra.put(key, value);
            }
        });
        return new ObjectivesResponse(set.id().value(), set.name(), set.status(),
                set.data().isEmpty() ? null : set.data(), set.createdAt(), set.updatedAt(), extra);
    }

    ObjectivesListResponse toResponse(Page<Objectives> page) {
        return new ObjectivesListResponse(page.data().stream().map(this::toResponse).toList(), page.totalCount());
    }
}
