package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /v2/replicas}. Null fields are left out (Tavus then applies its defaults,
 * such as its default model); fields the platform does not model are written at the top level so a
 * client's newer Tavus field ({@code train_audio_url}, say) passes through unchanged.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateReplicaBody(
        String trainVideoUrl,
        String consentVideoUrl,
        String callbackUrl,
        String replicaName,
        String modelName,
        ReplicaPropertiesBody properties,
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("train_video_url", "consent_video_url", "callback_url", "replica_name",
            "model_name", "properties");

    CreateReplicaBody {
        properties = properties == null || properties.isEmpty() ? null : properties;
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }
}
