package io.parcours.persona.graphql;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import io.parcours.persona.persona.PersonaDetails;

/**
 * The one place an API input becomes a domain value (generated at compile time). A field of the input or of
 * PersonaDetails that no mapping covers is a compile error.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.CDI, unmappedTargetPolicy = ReportingPolicy.ERROR,
        unmappedSourcePolicy = ReportingPolicy.ERROR)
public interface PersonaMapping {

    @Mapping(target = "ageRange", source = "demographics.ageRange")
    @Mapping(target = "location", source = "demographics.location")
    @Mapping(target = "occupation", source = "demographics.occupation")
    @Mapping(target = "familyStatus", source = "demographics.familyStatus")
    @Mapping(target = "incomeBand", source = "demographics.incomeBand")
    PersonaDetails details(PersonaInput input);
}
