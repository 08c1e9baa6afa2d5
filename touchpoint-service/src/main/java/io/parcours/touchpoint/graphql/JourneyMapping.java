package io.parcours.touchpoint.graphql;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import io.parcours.touchpoint.journey.JourneyDetails;
import io.parcours.touchpoint.journey.JourneyDocument;
import io.parcours.touchpoint.journey.TouchpointDetails;

/**
 * The one place the API's inputs become domain values (generated at compile time). A field of an input or of a
 * details record that no mapping covers is a compile error.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.CDI, unmappedTargetPolicy = ReportingPolicy.ERROR,
        unmappedSourcePolicy = ReportingPolicy.ERROR)
public interface JourneyMapping {

    JourneyDetails details(JourneyInput input);

    TouchpointDetails details(TouchpointInput input);

    JourneyDocument document(JourneyDocumentInput input);

    JourneyDocument.StageDocument stage(StageDocumentInput input);
}
