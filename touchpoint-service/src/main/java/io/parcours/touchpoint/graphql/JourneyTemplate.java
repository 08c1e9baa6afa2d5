package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.MapType;

/** A whole journey ready to start from, in one language: a document plus the persona it is written for. */
@Name("JourneyTemplate")
@Description("A whole journey of an industry to start a map from: stages, touchpoints with channels, designed "
        + "emotions, pain points and opportunities, and the persona it is written for.")
public record JourneyTemplate(
        @NonNull @Id @Description("Stable identifier, the same in every language, e.g. \"online-retail\".") String id,
        @NonNull @Description("Language of its texts: en or fr.") String locale,
        @NonNull @Description("The industry, in the template's language.") String industry,
        @NonNull @Description("The name a journey made from it gets unless another is given.") String name,
        String description,
        @NonNull MapType mapType,
        @NonNull @Description("Its stages' names, left to right.") List<@NonNull String> stageNames,
        @Description("How many touchpoints a journey made from it starts with.") int touchpointCount,
        @NonNull TemplatePersona persona,
        @Ignore JourneyDocumentInput document) {

    static JourneyTemplate of(String id, String locale, String industry, TemplatePersona persona,
            JourneyDocumentInput document) {
        return new JourneyTemplate(id, locale, industry, document.journey.name, document.journey.description,
                document.journey.mapType == null ? MapType.CURRENT_STATE : document.journey.mapType,
                document.stages.stream().map(stage -> stage.name).toList(),
                document.stages.stream().mapToInt(stage -> stage.touchpoints == null ? 0 : stage.touchpoints.size()).sum(),
                persona, document);
    }
}
