package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaProperties;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain ↔ wire for replicas. Generated; unmapped targets fail the build. */
@Mapper(uses = TavusValueMappings.class)
interface ReplicaMapper {

    ReplicaMapper INSTANCE = Mappers.getMapper(ReplicaMapper.class);

    CreateReplicaBody toBody(ReplicaRequest request);

    ReplicaPropertiesBody toBody(ReplicaProperties properties);

    @Mapping(target = "id", source = "replicaId")
    @Mapping(target = "name", source = "replicaName")
    @Mapping(target = "type", source = "replicaType")
    Replica toDomain(ReplicaResponse response);

    default String fromReplicaName(ReplicaName name) {
        return name == null ? null : name.value();
    }

    default ReplicaStatus toReplicaStatus(String value) {
        return value == null ? null : ReplicaStatus.of(value);
    }

    /** Blank is treated as absent: a verbose-only field Tavus may send empty. */
    default ReplicaType toReplicaType(String value) {
        return value == null || value.isBlank() ? null : ReplicaType.of(value);
    }
}
