package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PipelineMode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain ↔ wire for personas. Generated; unmapped targets fail the build. */
@Mapper(uses = TavusValueMappings.class)
interface PersonaMapper {

    PersonaMapper INSTANCE = Mappers.getMapper(PersonaMapper.class);

    @Mapping(target = "personaName", source = "name")
    CreatePersonaBody toBody(PersonaDraft draft);

    @Mapping(target = "id", source = "personaId")
    @Mapping(target = "name", source = "personaName")
    Persona toDomain(PersonaResponse response);

    default String pipelineMode(PipelineMode mode) {
        return mode == null ? null : mode.value();
    }
}
