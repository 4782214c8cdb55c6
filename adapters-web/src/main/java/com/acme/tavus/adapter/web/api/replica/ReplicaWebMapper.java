package com.acme.tavus.adapter.web.api.replica;

import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaProperties;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.ResourceIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;

/**
 * Translates the wire records to and from the domain. Ids and names go through the value-object
 * constructors, so a malformed one fails here with an {@code InvalidValueException} naming the JSON
 * field, which the error handling answers with 400. Generated as a Spring bean; unmapped target
 * fields fail the build.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface ReplicaWebMapper {

    /** The JSON names {@link ReplicaResponse} already writes; an extra field must not repeat one. */
    Set<String> MODELLED_RESPONSE_FIELDS = Set.of("replica_id", "replica_name", "thumbnail_video_url",
            "training_progress", "status", "created_at", "updated_at", "error_message", "replica_type");

    /** More ids than one page can hold cannot all be answered, so a longer filter is a mistake. */
    int MAX_FILTER_IDS = 100;

    ReplicaRequest toDomain(CreateReplicaRequest request);

    ReplicaProperties toDomain(ReplicaPropertiesRequest properties);

    @Mapping(target = "replicaId", source = "id")
    @Mapping(target = "replicaName", source = "name")
    @Mapping(target = "replicaType", source = "type")
    @Mapping(target = "extraFields", source = "extraFields", qualifiedByName = "unmodelledFields")
    ReplicaResponse toResponse(Replica replica);

    default ReplicaListResponse toResponse(Page<Replica> page) {
        return new ReplicaListResponse(page.data().stream().map(this::toResponse).toList(), page.totalCount());
    }

    default ReplicaId replicaId(String value) {
        return value == null ? null : new ReplicaId(value);
    }

    default ReplicaName replicaName(String value) {
        return value == null ? null : new ReplicaName(value);
    }

    /**
     * The {@code replica_ids} query parameter, Tavus's comma-separated form
     * ({@code re1074c227,r243eed46c}); each id must be safe to place in an upstream URL.
     */
    default List<ReplicaId> replicaIds(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        var ids = new ArrayList<ReplicaId>();
        for (var part : commaSeparated.split(",", -1)) {
            var id = part.strip();
            if (id.isEmpty()) {
                throw new InvalidValueException("replica_ids", "must be replica ids separated by commas, without "
                        + "empty entries");
            }
            ids.add(ReplicaId.of(ResourceIds.requireSafe(id, "replica_ids")));
        }
        if (ids.size() > MAX_FILTER_IDS) {
            throw new InvalidValueException("replica_ids", "must name at most " + MAX_FILTER_IDS + " replicas");
        }
        return List.copyOf(ids);
    }

    default ReplicaType replicaType(String value) {
        return value == null ? null : ReplicaType.of(value);
    }

    default String value(ReplicaId id) {
        return id == null ? null : id.value();
    }

    default String value(ReplicaStatus status) {
        return status == null ? null : status.value();
    }

    default String value(ReplicaType type) {
        return type == null ? null : type.value();
    }

    @Named("unmodelledFields")
    default Map<String, Object> unmodelledFields(Map<String, Object> extraFields) {
        if (extraFields == null || extraFields.isEmpty()) {
            return Map.of();
        }
        var kept = new LinkedHashMap<String, Object>();
        extraFields.forEach((key, value) -> {
            if (!MODELLED_RESPONSE_FIELDS.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
